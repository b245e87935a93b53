// The contract every fake declares: the listed methods of the real @types interface, with the real
// parameter types (so a renamed method or changed signature breaks the compile); what they return is the fake's.
export type Fake<T, K extends keyof T> = { [P in K]: T[P] extends (...args: infer A) => unknown ? (...args: A) => unknown : never };
