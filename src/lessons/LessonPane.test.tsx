// The pane rendered to static markup in Node: what a step shows, and that lesson text can never
// become HTML. (Server rendering reads the store's initial state, so the view gets its props.)

import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import rollingUpdate from './content/rollingUpdate';
import { EXECUTION_ROLE_QUESTION } from './content/twoRolesChallenge';
import whereDidItDie from './content/whereDidItDie';
import { LessonMenu } from './LessonMenu';
import { LessonPane } from './LessonPane';
import { LessonView } from './LessonView';
import { QuestionView } from './QuestionBox';
import type { QuestionViewProps } from './QuestionBox';
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

describe('the lesson menu', () => {
  it('lists every lesson with its curriculum number, in the current language, and marks the open one', () => {
    const html = renderToStaticMarkup(<LessonMenu currentId="where-did-it-die" locale="ja" />);
    expect(html).toContain('<summary>レッスン一覧</summary>');
    expect(html).toContain('<ol aria-label="レッスン一覧">');
    const titles = [...html.matchAll(/<button type="button"[^>]*>(.*?)<\/button>/g)].map((m) => m[1].replace(/<[^>]+>/g, ''));
    expect(titles).toEqual(['4. ローリングアップデート', '6. どこで動かす？', '7. 誰が動かす？', '8. 1 タスク 1 ENI', '9. 2 つのロール', '10. どこで落ちた？']);
    expect(html).toContain('<button type="button" aria-current="true"><span class="iso-lesson__menu-number">10.</span> どこで落ちた？</button>');
    expect(html.match(/aria-current/g)).toHaveLength(1);
  });

  it('sits in the header of every lesson', () => {
    expect(renderStep(0)).toContain('<summary>All lessons</summary>');
  });
});

describe('a question', () => {
  const question = EXECUTION_ROLE_QUESTION;
  const view = (props: Partial<QuestionViewProps>) =>
    renderToStaticMarkup(<QuestionView question={question} locale="en" judged="here" answer={undefined} checked={null} onChoose={noop} onCheck={noop} {...props} />);

  it('is a radio group named by its legend, with nothing to check until a choice is made', () => {
    const html = view({});
    expect(html).toContain('<fieldset><legend>Which role needs <code>secretsmanager:GetSecretValue</code>?</legend>');
    expect(html.match(/<input type="radio" name="iso-question-which-role-secret"/g)).toHaveLength(question.choices.length);
    expect(html).not.toContain('checked=""');
    expect(html).toContain('<button type="submit" disabled="">Check the answer</button>');
    expect(html).toContain('<p role="status" class="iso-lesson__feedback"></p>');
  });

  it('keeps the choice, and says nothing about it until the learner asks', () => {
    const html = view({ answer: 'task-role' });
    expect(html).toContain('<input type="radio" name="iso-question-which-role-secret" checked="" value="task-role"/>');
    expect(html).toContain('<button type="submit">Check the answer</button>');
    expect(html).toContain('<p role="status" class="iso-lesson__feedback"></p>');
  });

  it('says a wrong answer is wrong, without giving the right one away', () => {
    const html = view({ answer: 'task-role', checked: 'task-role' });
    expect(html).toContain('data-right="false">Not this one.');
    expect(html).not.toContain('Right.');
  });

  it('says a right answer is right and explains it, in Japanese too', () => {
    expect(view({ answer: 'execution-role', checked: 'execution-role' })).toContain('data-right="true"><strong>Right.</strong> The refused identity');
    expect(view({ answer: 'execution-role', checked: 'execution-role', locale: 'ja' })).toContain('<strong>正解です。</strong>');
  });

  it('drops the verdict once the learner picks another choice', () => {
    expect(view({ answer: 'no-role', checked: 'execution-role' })).toContain('<p role="status" class="iso-lesson__feedback"></p>');
  });

  it('inside a challenge: no verdict of its own, only that the answer is noted for Check', () => {
    const html = view({ judged: 'byChallenge', answer: 'task-role', checked: 'task-role' });
    expect(html).not.toContain('type="submit"');
    expect(html).not.toContain('data-right');
    expect(html).toContain('Answer noted. Check judges it with the rest of the challenge.');
  });
});

describe('the lessons with questions', () => {
  const render = (stepIndex: number, locale: 'en' | 'ja' = 'en') =>
    renderToStaticMarkup(<LessonView lesson={whereDidItDie} stepIndex={stepIndex} locale={locale} canGoOn={true} onStep={noop} />);

  it('shows a step’s question after its text', () => {
    const html = render(4);
    expect(html).toContain('<legend>On Kubernetes, <code>kubectl describe pod</code>');
    expect(html).toContain('Check the answer');
  });

  it('asks the challenge’s questions inside the challenge, beside one shortcut per case', () => {
    const html = render(99, 'ja');
    const challenge = html.slice(html.indexOf('<section class="iso-lesson__challenge"'));
    expect(challenge.match(/<fieldset>/g)).toHaveLength(3);
    expect(challenge).toContain('<legend>ケース A: タスクを止めた原因は？</legend>');
    expect(challenge).not.toContain('答え合わせ');
    for (const name of ['A', 'B', 'C']) expect(html).toContain(`>ケース ${name} をデプロイ</button>`);
  });
});
