#!/usr/bin/env node
'use strict';
// Refreshes the England and Wales bank holidays the ASGSF working-day clock counts with.
//
//   node scripts/refresh-bank-holidays.js <bank-holidays.json> [--check]
//
// Download https://www.gov.uk/bank-holidays.json yourself (this script never goes online) and
// pass the file. It checks the file is the GOV.UK format, that its England and Wales events are
// real dates, one a day, with titles, that every year it lists has at least the 8 standing
// holidays, and that no date the current data already holds has moved or gone (a changed past
// date would change running workflows on replay). Then it writes the England and Wales division to
// libs/domain/src/shared/bank-holidays/bank-holidays.json. With --check it only validates.
const fs = require('node:fs');
const path = require('node:path');

const TARGET = path.join(__dirname, '..', 'libs', 'domain', 'src', 'shared', 'bank-holidays', 'bank-holidays.json');

function fail(message) {
  console.error(`refresh-bank-holidays: ${message}`);
  process.exit(1);
}

function isIsoDate(text) {
  if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

function validate(file) {
  const division = file && file['england-and-wales'];
  if (!division || !Array.isArray(division.events))
    fail('no "england-and-wales".events list: is this the GOV.UK file?');
  const seen = new Set();
  const perYear = new Map();
  for (const [i, event] of division.events.entries()) {
    if (!isIsoDate(event && event.date)) fail(`event ${i} has no valid date (${JSON.stringify(event && event.date)})`);
    if (typeof event.title !== 'string' || !event.title.trim()) fail(`event ${i} (${event.date}) has no title`);
    if (seen.has(event.date)) fail(`${event.date} is listed twice`);
    seen.add(event.date);
    const year = event.date.slice(0, 4);
    perYear.set(year, (perYear.get(year) || 0) + 1);
  }
  const years = [...perYear.keys()].map(Number).sort((a, b) => a - b);
  if (years.length === 0) fail('the file lists no England and Wales events');
  for (let y = years[0]; y <= years[years.length - 1]; y++) {
    const n = perYear.get(String(y)) || 0;
    if (n < 8) fail(`${y} lists ${n} bank holidays; England and Wales has at least 8 a year`);
  }
  return { events: [...division.events].sort((a, b) => a.date.localeCompare(b.date)), years };
}

function main() {
  const args = process.argv.slice(2);
  const checkOnly = args.includes('--check');
  const source = args.find((a) => !a.startsWith('--'));
  if (!source) fail('usage: node scripts/refresh-bank-holidays.js <bank-holidays.json> [--check]');
  let file;
  try {
    file = JSON.parse(fs.readFileSync(source, 'utf8'));
  } catch (err) {
    fail(`cannot read ${source}: ${err.message}`);
  }
  const { events, years } = validate(file);
  if (fs.existsSync(TARGET)) {
    const current = JSON.parse(fs.readFileSync(TARGET, 'utf8'))['england-and-wales'].events;
    const incoming = new Set(events.map((e) => e.date));
    const lastYear = years[years.length - 1];
    for (const held of current) {
      const year = Number(held.date.slice(0, 4));
      if (year >= years[0] && year <= lastYear && !incoming.has(held.date))
        fail(`${held.date} (${held.title}) is in the current data but not in ${source}; past dates must not move`);
    }
  }
  const out = { 'england-and-wales': { division: 'england-and-wales', events } };
  console.log(
    `refresh-bank-holidays: ${events.length} England and Wales bank holidays, ${years[0]}–${years[years.length - 1]}`,
  );
  if (checkOnly) return;
  fs.writeFileSync(TARGET, `${JSON.stringify(out, null, 2)}\n`);
  console.log(`refresh-bank-holidays: wrote ${path.relative(process.cwd(), TARGET)}`);
}

main();
