// The engine's public API plus the sample builder, for the policy tests.
export * from '../../../../src/engine/index';
export { fake } from '../../../../src/engine/rules/defineRule';
