export { setSelector, readSelector, type ServiceSelectorOptions, type SelectorChange } from './service-selector';
export { createSwitch, parseSwitchCommand, other, SWITCH_PLACEHOLDERS, type Color, type SwitchConfig, type BlueGreenSwitch } from './switch';
export { waitHealthy, smokeRequests, type SmokeOptions, type SmokeResult, type CheckOutcome } from './checks';
export { runBlueGreen, type BlueGreenOptions, type BlueGreenResult, type BlueGreenVerdict, type PreSwitchCheck } from './run';
export { buildBlueGreenReport } from './report';
export { blueGreenSourceInputs, toMetricSourceInputs, withoutBlue, BLUE_GREEN_TRACKS, type BlueGreenSourceInputs } from './source-inputs';
