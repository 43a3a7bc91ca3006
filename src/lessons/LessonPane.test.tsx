// The pane rendered to static markup in Node: what a step shows, and that lesson text can never
// become HTML. (Server rendering reads the store's initial state, so the view gets its props.)

import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import rollingUpdate from './content/rollingUpdate';
import { LessonPane } from './LessonPane';
import { LessonView } from './LessonView';
import { RichText } from './RichText';

const noop = () => undefined;

function renderStep(stepIndex: number, { locale = 'en', canGoOn = true }: { locale?: 'en' | 'ja'; canGoOn?: boolean } = {}): string {
  return renderToStaticMarkup(<LessonView lesson={rollingUpdate} stepIndex={stepIndex} locale={locale} canGoOn={canGoOn} onStep={noop} />);
}

describe('LessonView', () => {
  it('shows the title, where the learner is, and the step text with field names as code', () => {
    const html = renderStep(0);
    expect(html).toContain('<h2 id="iso-lesson-title">Rolling update</h2>');
    expect(html).toContain('Step 1 of 7');
    expect(html).toContain('<code>desiredCount</code>');
    expect(html).toContain('<button type="button" disabled="">Back</button>');
    expect(html).toContain('<button type="button" class="button-primary">Next</button>');
  });

  it('keeps Next closed while the step’s condition does not hold, and says why', () => {
    const html = renderStep(1, { canGoOn: false });
    expect(html).toContain('<button type="button" class="button-primary" disabled="" aria-describedby="iso-lesson-blocked">Next</button>');
    expect(html).toContain('Next opens once you have done what this step asks.');
  });

  it('ends with the challenge, its first hint button, and the sandbox line, in Japanese too', () => {
    const html = renderStep(99, { locale: 'ja' });
    expect(html).toContain('ステップ 7 / 7');
    expect(html).toContain('role="status"');
    expect(html).toContain('ヒント 1 / 3 を見る');
    expect(html).toContain('ここからは自由に試せます');
    expect(html).not.toContain('>次のステップ<');
  });
});

describe('LessonPane', () => {
  it('offers the default lesson when none is open', () => {
    expect(renderToStaticMarkup(<LessonPane />)).toContain('<button type="button">Start the lesson</button>');
  });
});

describe('RichText', () => {
  it('renders markup in lesson text as text', () => {
    expect(renderToStaticMarkup(<RichText text={'a `<b>` <img src=x onerror=alert(1)>\n\nnext'} />)).toBe(
      '<p>a <code>&lt;b&gt;</code> &lt;img src=x onerror=alert(1)&gt;</p><p>next</p>',
    );
  });
});
