// The design model: schemas, types, validation, source places and the wizard's loose draft.
export * from './design';
export * from './access';
export * from './validate';
export * from './source';
export * from './draft';
