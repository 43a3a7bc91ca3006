// The test fixture: the app's page objects, one per region, and two checks every test gets for
// free: no uncaught error in the page and no alert()/confirm() dialog (nothing a link or an
// input could have executed). Specs import { test, expect } from here.

import { test as base, expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { ClusterPanels } from './pages/ClusterPanels';
import { ControlsBar } from './pages/ControlsBar';
import { EventLogs } from './pages/EventLogs';
import { HelpDialog } from './pages/HelpDialog';
import { Inspector } from './pages/Inspector';
import { LessonPane } from './pages/LessonPane';
import { NoticeBanner } from './pages/NoticeBanner';
import { RolloutPanel } from './pages/RolloutPanel';
import { SettingsForms } from './pages/SettingsForms';
import { TranslationTable } from './pages/TranslationTable';

/** Everything a page did that no test expects: uncaught errors and dialogs. */
export interface PageProblems {
  errors: string[];
  dialogs: string[];
}

/** Starts recording a page's uncaught errors and dialogs (dialogs are dismissed at once). */
export function watchPage(page: Page): PageProblems {
  const problems: PageProblems = { errors: [], dialogs: [] };
  page.on('pageerror', (error) => problems.errors.push(error.message));
  page.on('dialog', (dialog) => {
    problems.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  return problems;
}

/** The whole screen, region by region. */
export class IsomorphApp {
  readonly controls: ControlsBar;
  readonly rollout: RolloutPanel;
  readonly translation: TranslationTable;
  readonly events: EventLogs;
  readonly lesson: LessonPane;
  readonly settings: SettingsForms;
  readonly notice: NoticeBanner;
  readonly help: HelpDialog;
  readonly inspector: Inspector;
  readonly cluster: ClusterPanels;

  constructor(readonly page: Page) {
    this.controls = new ControlsBar(page);
    this.rollout = new RolloutPanel(page);
    this.translation = new TranslationTable(page);
    this.events = new EventLogs(page);
    this.lesson = new LessonPane(page);
    this.settings = new SettingsForms(page);
    this.notice = new NoticeBanner(page);
    this.help = new HelpDialog(page);
    this.inspector = new Inspector(page);
    this.cluster = new ClusterPanels(page);
  }

  /** Opens the app at `/` plus an optional hash (`#v=1&…`) and waits until the simulation has drawn. */
  async open(hash = ''): Promise<void> {
    await this.page.goto(`/${hash}`);
    await this.ready();
  }

  async ready(): Promise<void> {
    await expect(this.controls.loading).toBeEmpty();
    await expect(this.rollout.ecsTasks.first()).toBeVisible();
    await expect(this.controls.playButton).toBeEnabled();
  }

  /** The value of one share parameter in the address bar (`t`, `lang`, …), or null. */
  hashParam(name: string): string | null {
    return new URLSearchParams(new URL(this.page.url()).hash.slice(1)).get(name);
  }
}

interface Fixtures {
  problems: PageProblems;
  app: IsomorphApp;
}

export const test = base.extend<Fixtures>({
  problems: [
    async ({ page }, use) => {
      const problems = watchPage(page);
      await use(problems);
      expect(problems.errors, 'uncaught errors in the page').toEqual([]);
      expect(problems.dialogs, 'dialogs the page opened').toEqual([]);
    },
    { auto: true },
  ],
  app: async ({ page }, use) => {
    await use(new IsomorphApp(page));
  },
});

export { expect };
