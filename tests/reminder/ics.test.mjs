// The reminder files the core writes (certplan::reminder::ics; the core's test
// crates/certplan/tests/troubleshooting.rs keeps these fixtures in step with the code),
// read by a real iCalendar parser, ical.js, and checked against RFC 5545's rules for
// lines, which a lenient parser would not enforce.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';

const cases = JSON.parse(readFileSync(new URL('./cases.json', import.meta.url), 'utf8'));

test('there are reminder fixtures to read', () => {
  assert.ok(cases.length >= 3);
});

for (const c of cases) {
  const text = readFileSync(new URL(c.file, import.meta.url), 'latin1');
  const { expect } = c;

  test(`${c.file}: lines are CRLF, ASCII and folded at 75 octets`, () => {
    assert.match(text, /^[\x00-\x7f]*$/);
    assert.ok(text.endsWith('\r\n'));
    assert.doesNotMatch(text.replace(/\r\n/g, ''), /[\r\n]/, 'no bare CR or LF');
    for (const line of text.slice(0, -2).split('\r\n')) {
      assert.ok(Buffer.byteLength(line, 'latin1') <= 75, `too long: ${line}`);
    }
    const unfolded = text.replace(/\r\n[ \t]/g, '');
    const names = unfolded.split('\r\n').filter(Boolean).map((l) => l.split(/[;:]/)[0]);
    for (const name of ['VERSION', 'PRODID', 'UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'SUMMARY']) {
      assert.ok(names.includes(name), `${name} present`);
    }
    assert.ok(unfolded.includes('\r\nDTSTART;VALUE=DATE:'), 'an all-day start');
  });

  test(`${c.file}: ical.js reads one all-day event on the last safe day`, () => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    assert.equal(calendar.name, 'vcalendar');
    assert.equal(calendar.getFirstPropertyValue('version'), '2.0');
    assert.equal(calendar.getFirstPropertyValue('prodid'), '-//certplan//AKS Arc certificate planner//EN');
    const events = calendar.getAllSubcomponents('vevent');
    assert.equal(events.length, 1);
    const event = new ICAL.Event(events[0]);
    assert.equal(event.startDate.isDate, true, 'DTSTART is a DATE');
    assert.equal(event.endDate.isDate, true, 'DTEND is a DATE');
    assert.equal(event.startDate.toString(), expect.start);
    assert.equal(event.endDate.toString(), expect.end);
    assert.equal(event.summary, expect.summary);
    assert.equal(event.description, expect.description);
    assert.match(event.uid, /^certplan-\d{8}-[0-9a-f]{8}@certplan$/);
    const stamp = events[0].getFirstPropertyValue('dtstamp');
    assert.equal(stamp.isDate, false);
    assert.equal(stamp.zone.tzid, 'UTC');
    assert.equal(stamp.toString(), expect.stamp);
    assert.equal(events[0].getFirstPropertyValue('url'), c.link ?? null);
    const alarms = events[0].getAllSubcomponents('valarm').map((a) => ({
      trigger: a.getFirstPropertyValue('trigger').toString(),
      description: a.getFirstPropertyValue('description'),
    }));
    assert.deepEqual(alarms, expect.alarms);
  });
}
