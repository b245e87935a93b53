// The contract every fake declares: the listed methods of the real @types interface, with the real
// parameter types (so a renamed method or changed signature breaks the compile), and a return type held to
// the real one: a string, number, boolean, array or void exactly; an object that Google gives `printJson()`
// (a built card or response) must have it too, so a builder can never stand in for what its build() returns.
type Returned<R> = R extends string | number | boolean | void | null | undefined
  ? R
  : R extends readonly unknown[]
    ? R
    : R extends { printJson(): string }
      ? { printJson(): string }
      : object | null;

export type Fake<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer A) => infer R ? (...args: A) => Returned<R> : never;
};
