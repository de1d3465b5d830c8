// The API Designer's pure logic: drafts, coverage, questions and diffs.
export { emptyDraft, validateDraft, pathParamNames, syncPathParams, FASTAPI_ERROR_CATALOG } from './draft';
export { coverageMatrix } from './coverage';
export { openQuestions, answerQuestion } from './questions';
export { lineDiff } from './diff';
export { previewFiles } from './preview';
export { generationPlan, isInsideApiFolder, type GenerationPlan } from './generate';
