/** The command ids contributed in package.json, in one place for code and tests. */
export const CommandIds = {
  designApi: 'specArchitect.designApi',
  generateSpecs: 'specArchitect.generateSpecs',
  importSpecs: 'specArchitect.importSpecs',
  reviewApi: 'specArchitect.reviewApi',
  validateSpecs: 'specArchitect.validateSpecs',
  initializeSpecs: 'specArchitect.initializeSpecs',
  exportOpenApi: 'specArchitect.exportOpenApi',
  connectAgents: 'specArchitect.connectAgents',
} as const;

export const API_DESIGNER_VIEW_ID = 'specArchitect.apiDesigner';
