// The API Designer, free of any editor: the session (draft state, review,
// questions, Generate) and the pure pieces it is made of, which the webview
// and the CLI also use. Other areas import from here, never from the files.
export { DesignerSession, type DesignerHost, type StoredDraft, type DeleteDecision, type GenerateResult } from './session';
export { emptyDraft, validateDraft, pathParamNames, syncPathParams, FASTAPI_ERROR_CATALOG } from './draft';
export { coverageMatrix } from './coverage';
export { routeGaps } from './gaps';
export { reviewSummary, summaryWords, type ReviewSummary } from './summary';
export { stepOfPath } from './problemStep';
export { openQuestions, answerQuestion } from './questions';
export { lineDiff } from './diff';
export { previewFiles, applyEdits } from './preview';
export { generationPlan, isInsideApiFolder, plannedFiles, type GenerationPlan, type PlannedFile } from './generate';
export { readSpecFolder, type SpecFolderHost } from './specFolder';
export { createSerialQueue, type SerialQueue } from './serialQueue';
export * from './shapes';
