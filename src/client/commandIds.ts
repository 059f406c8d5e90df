// Every command the extension contributes (package.json `contributes.commands` lists the same ids).
import { ClientCommands } from '../protocol';

export const CommandId = {
  showPanel: 'spendlens.showPanel',
  refresh: 'spendlens.refresh',
  toggleCodeLens: 'spendlens.toggleCodeLens',
  showAlternatives: ClientCommands.showAlternatives,
  showCallDetails: ClientCommands.showCallDetails,
  generateEval: ClientCommands.generateEval,
  openCatalog: 'spendlens.openCatalog',
  updateCatalog: 'spendlens.updateCatalog',
  restartServer: 'spendlens.restartServer',
  calibrate: 'spendlens.calibrate',
  assumeModel: ClientCommands.assumeModel,
  showOutput: 'spendlens.showOutput',
  toggleCallsGrouping: 'spendlens.toggleCallsGrouping',
  openUsageFile: 'spendlens.openUsageFile',
} as const;

export type CommandId = (typeof CommandId)[keyof typeof CommandId];
