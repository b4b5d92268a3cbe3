import assert from 'node:assert/strict';
import { scan } from '../../../src/engine/index';
import { isAttribution } from '../../../src/engine/scan/attributions';
import { fake } from '../../../src/engine/rules/defineRule';

/** isAttribution at the first occurrence of `needle` in `text`. */
function at(text: string, needle: string): boolean {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, `the text holds ${needle}`);
  return isAttribution(text, i);
}

describe('attributions', () => {
  describe('isAttribution', () => {
    it('reads credits on the line: @author, copyright notices, Author:/Maintainer: lines, git trailers, manifest keys', () => {
      assert.equal(at('/**\n * Parses orders.\n * @author Hedda Lindqvist\n */', 'Hedda'), true);
      assert.equal(at('# Copyright (c) 2019 Tomasz Wierzbicki <t.w@gmx.net>', 't.w@'), true);
      assert.equal(at('// Author: Oluwaseun Adeyemi', 'Oluwaseun'), true);
      assert.equal(at('Maintainers (current): Ines Carvalho', 'Ines'), true);
      assert.equal(at('-- originally written by Kofi Mensah', 'Kofi'), true);
      assert.equal(at('Signed-off-by: Priya Raman <priya.raman@posteo.de>', 'priya'), true);
      assert.equal(at('Co-authored-by: Léa Martin <lea.m@free.fr>', 'lea.m'), true);
      assert.equal(at('  "author": "Bjørn Haugen <bjorn@haugen.no>",', 'bjorn@'), true);
      assert.equal(at('Thanks to Agnieszka Zielińska for the port.', 'Agnieszka'), true);
    });

    it('reads a manifest\'s contributors and a POM\'s developers as blocks, until they close', () => {
      const pkg = '{\n  "contributors": [\n    "Rafael Cardoso <rafa@bol.com.br>",\n    { "name": "Mei Tanaka" }\n  ],\n  "bugs": "Mei Tanaka"\n}';
      assert.equal(at(pkg, 'rafa@'), true);
      assert.equal(at(pkg, 'Mei Tanaka'), true);
      assert.equal(isAttribution(pkg, pkg.lastIndexOf('Mei Tanaka')), false, 'after the list closes');
      const pom = '<developers>\n  <developer>\n    <name>Jonas Keller</name>\n  </developer>\n</developers>\n<name>Jonas Keller</name>';
      assert.equal(at(pom, 'Jonas'), true);
      assert.equal(isAttribution(pom, pom.lastIndexOf('Jonas')), false);
    });

    it('does not read customers, tickets or chats as credits', () => {
      assert.equal(at('Customer: Hedda Lindqvist, hedda.l@posteo.de', 'Hedda'), false);
      assert.equal(at('Ticket created by Hedda Lindqvist (hedda.l@posteo.de)', 'Hedda'), false);
      assert.equal(at('const author = users.find((u) => u.email === "hedda.l@posteo.de");', 'hedda'), false);
      assert.equal(at('Dear Hedda Lindqvist, thank you for your order.', 'Hedda'), false);
      assert.equal(at('Authorization: Bearer x\nname: Hedda Lindqvist', 'Hedda'), false);
    });
  });

  describe('scan with attributions: false', () => {
    const header = '/*\n * @author Hedda Lindqvist <hedda.lindqvist@posteo.de>\n */\n';
    const body = 'const support = { name: "Kofi Mensah", email: "kofi.mensah@gmx.net" };\n';

    it('reports credits by default and leaves them out when asked, keeping everything else', () => {
      const text = header + body;
      const all = scan(text).map((f) => text.slice(f.range.start, f.range.end));
      assert.ok(all.includes('hedda.lindqvist@posteo.de') && all.includes('kofi.mensah@gmx.net'));
      const without = scan(text, { attributions: false }).map((f) => text.slice(f.range.start, f.range.end));
      assert.ok(!without.some((v) => v.includes('Hedda') || v.includes('hedda')));
      assert.ok(without.includes('kofi.mensah@gmx.net') && without.includes('Kofi Mensah'));
    });

    it('never leaves out a secret on a credit\'s line', () => {
      const token = fake('xoxb-{d11}-{d12}-{a24}', 100883);
      const text = `// Author: Hedda Lindqvist, token ${token}\n`;
      const findings = scan(text, { attributions: false });
      assert.deepEqual(findings.map((f) => f.category), ['secret']);
    });

    it('does not find a credited name again elsewhere through its credit', () => {
      // (A given name outside the lexicon: in running text the name is found only as the credit's echo.)
      const credit = '/*\n * @author Quorra Vexley\n */\n';
      const mention = '// Quorra Vexley wrote the retry loop below.\n';
      const text = credit + mention;
      assert.equal(scan(mention).length, 0, 'not found alone');
      const after = (o?: { attributions: boolean }): number => scan(text, o).filter((f) => f.range.start >= credit.length).length;
      assert.equal(after(), 1, 'found as the credit\'s echo by default');
      assert.equal(after({ attributions: false }), 0);
    });
  });
});
