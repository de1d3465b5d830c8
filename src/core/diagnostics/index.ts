// Findings: what every check in the core reports (reference diagnostics and
// API lint rules alike), with severities and fixes.
export * from './finding';
export { findingRecord, type FindingRecord } from './record';
