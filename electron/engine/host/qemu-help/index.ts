// Pure parsers for the help output of qemu-system-x86_64 (-machine/-cpu/-device/-accel help).
export { parseMachineHelp, type MachineInfo } from './parse-machine-help.js';
export { parseCpuHelp, type CpuModelInfo } from './parse-cpu-help.js';
export { parseDeviceHelp, type DeviceInfo } from './parse-device-help.js';
export { parseAccelHelp } from './parse-accel-help.js';
