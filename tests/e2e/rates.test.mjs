// End to end, issue 10: the year is a choice with a clear default. With the
// page's clock in a year the data has, that year's rates apply and each
// shows its status; in a year it does not have yet, the page says which
// year it uses instead.
import { test } from "node:test";
import assert from "node:assert/strict";
import { open, result, useEnv } from "./harness.mjs";

const env = useEnv();

async function at(date) {
  const page = await env.page();
  await page.clock.setFixedTime(new Date(date));
  await open(page, env.base, "#wage=200&paid=18");
  return page;
}

test("on 5 January 2027 the calculator opens with the 2027 rates, each with its status", async () => {
  const page = await at("2027-01-05T10:00:00");
  assert.equal(await page.inputValue("#year"), "2027");
  assert.equal(await result(page, "year-notice"), "");
  for (const id of ["rate-max-subsidy", "rate-threshold"]) {
    assert.match(await result(page, id), /\((offentliggjort|beregnet af os, ikke offentliggjort)\)\. Kilde: .+/);
  }
  assert.match(new URL(page.url()).hash, /year=2027/);
});

test("on 5 January 2028, before its rates are in, the page says it uses 2027's", async () => {
  const page = await at("2028-01-05T10:00:00");
  assert.equal(await page.inputValue("#year"), "2027");
  assert.match(await result(page, "year-notice"), /Satserne for 2028 er ikke lagt ind endnu\. Beregneren bruger de nyeste, fra 2027\./);
  // The rates can still be typed in.
  await page.fill("#max_subsidy", "23.000");
  assert.match(await result(page, "rate-max-subsidy"), /23\.000 kr\. \(indtastet\)/);
});

test("the national average kommuneskat shows its source, as a municipality's does", async () => {
  // The tax table's other sources are left out of the browser build (the
  // screen never shows them); the averages' stay.
  const page = await env.page();
  await open(page, env.base, "#year=2026&wage=200&paid=18");
  assert.match(await result(page, "kommuneskat-rate"), /Kilde: .+/);
  await open(page, env.base, "#year=2026&wage=200&paid=18&kommune=751");
  assert.match(await result(page, "kommuneskat-rate"), /Kilde: .+/);
});
