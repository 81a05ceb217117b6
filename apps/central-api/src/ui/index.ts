// The live topology page (apps/topology-ui's build) and the controller relay it reads.
export { uiPlugin, UI_PREFIX, type UiOptions } from './ui-plugin';
export { defaultUiAssetsDir } from './ui-assets-dir';
export { readControllerHosts, type ControllerHostsAnswer } from './controller-proxy';
export { notCrossOrigin } from './same-origin';
