// End to end, issue 21.2: the harness's guard. Every page a test opens,
// popups included, records uncaught errors and console errors, and the
// harness fails the test on any it did not allow by name, with a reason.
import { test } from "node:test";
import assert from "node:assert/strict";
import { allowErrors, open, useEnv } from "./harness.mjs";

const env = useEnv();

/** An uncaught error and a console error, as a failing app would give. */
async function misbehave(p) {
  await p.evaluate(() => {
    console.error("panicked at src/lib.rs:1:1: a test panic");
    setTimeout(() => {
      throw new Error("an uncaught test error");
    });
  });
  await p.waitForTimeout(50);
}

test("the guard sees a page's uncaught errors and console errors, and a popup's", async () => {
  const p = await env.page();
  await open(p, env.base);
  await misbehave(p);
  const [popup] = await Promise.all([p.context().waitForEvent("page"), p.evaluate(() => window.open("about:blank"))]);
  await misbehave(popup);
  const errors = env.takeErrors();
  assert.equal(errors.length, 4, errors.join("\n"));
  assert.match(errors[0], /^console error: panicked at src\/lib\.rs/);
  assert.match(errors[1], /^page error: Error: an uncaught test error/);
  assert.deepEqual(env.takeErrors(), [], "taken once, and the pages forgotten");
});

test("a test allows an expected error by its pattern, with the reason", async () => {
  const p = await env.page();
  await open(p, env.base);
  assert.throws(() => allowErrors(p, /test panic/), /say why/);
  allowErrors(p, /test panic|uncaught test error/, "this test provokes them");
  await misbehave(p);
  assert.deepEqual(env.takeErrors(), []);
});
