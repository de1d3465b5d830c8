// What every step gets: the draft to edit in place, what the host offered,
// and `changed` to report an edit (`rerender` when the structure changed,
// `focus` for where keyboard focus goes after that render).
import type { DbModelOffer, DraftDesign, HostMessage } from '../src/protocol/designerProtocol';
import type { FocusTarget } from './focus';

export type Preview = Extract<HostMessage, { type: 'preview' }>;

export interface StepContext {
  draft: DraftDesign;
  dbModels: DbModelOffer[];
  trusted: boolean;
  reviewed: boolean;
  preview: Preview | undefined;
  changed(rerender?: boolean, focus?: FocusTarget): void;
}
