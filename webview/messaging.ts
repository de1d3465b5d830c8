// The webview's side of the protocol: posts typed messages, keeps the last
// state with the webview's own getState/setState, and drops (and logs) any
// message from the host that does not parse.
import { HostMessage, type WebviewMessage } from '../src/protocol/designerProtocol';

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const api = acquireVsCodeApi();

export function send(message: WebviewMessage): void {
  api.postMessage(message);
}

export const saveLocal = (state: unknown): void => api.setState(state);
export const loadLocal = (): unknown => api.getState();

/** Calls `handler` with every host message that parses. */
export function onHostMessage(handler: (m: HostMessage) => void): void {
  window.addEventListener('message', (event: MessageEvent) => {
    const parsed = HostMessage.safeParse(event.data);
    if (parsed.success) handler(parsed.data);
    else console.warn('API Designer: dropped a message that is not part of the protocol.');
  });
}
