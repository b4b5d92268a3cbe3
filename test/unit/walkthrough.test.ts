import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

// The getting-started walkthrough (contributes.walkthroughs) only links to things that exist:
// its markdown pages, the images they show, and the commands its buttons run.

const root = join(__dirname, '..', '..', '..');

interface Step {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly media: { readonly markdown?: string; readonly image?: string };
  readonly completionEvents?: string[];
}
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  contributes: { walkthroughs?: Array<{ id: string; steps: Step[] }>; commands?: Array<{ command: string }> };
};
const walkthrough = manifest.contributes.walkthroughs?.find((w) => w.id === 'gettingStarted');
const steps = walkthrough?.steps ?? [];
const commands = new Set((manifest.contributes.commands ?? []).map((c) => c.command));

/** The `command:` ids a step's description links to. */
function linkedCommands(step: Step): string[] {
  return [...step.description.matchAll(/\]\(command:([\w.]+)/gu)].map((m) => m[1] ?? '');
}

describe('getting-started walkthrough', () => {
  it('has the three steps: create a team policy, try a quick fix, install the agent hook', () => {
    assert.deepEqual(
      steps.map((s) => s.id),
      ['createPolicy', 'tryQuickFix', 'installAgentHook'],
    );
  });

  it('gives every step a button whose command is contributed, and completes the step when it runs', () => {
    for (const step of steps) {
      const linked = linkedCommands(step);
      assert.equal(linked.length, 1, `${step.id} has one button`);
      const [command = ''] = linked;
      assert.ok(commands.has(command), `${step.id}: ${command} is a contributed command`);
      assert.ok(step.completionEvents?.includes(`onCommand:${command}`), `${step.id} completes on ${command}`);
    }
    assert.ok(linkedCommands(steps[0] as Step).includes('promptHygiene.createPolicy'));
    assert.ok(linkedCommands(steps[2] as Step).includes('promptHygiene.installAgentHook'));
  });

  it('shows a markdown page for every step, and every image those pages use ships in media/', () => {
    for (const step of steps) {
      const page = step.media.markdown;
      if (!page?.startsWith('media/')) assert.fail(`${step.id} has a markdown page under media/ (packaged)`);
      const file = join(root, page);
      assert.ok(existsSync(file), page);
      const text = readFileSync(file, 'utf8');
      const images = [...text.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/gu)].map((m) => m[1] ?? '');
      assert.ok(images.length > 0, `${page} shows an image`);
      for (const image of images) {
        assert.ok(!/^[a-z]+:/iu.test(image), `${page}: ${image} is a local file, not a download`);
        assert.ok(existsSync(join(dirname(file), image)), `${page}: ${image} exists`);
      }
    }
  });
});
