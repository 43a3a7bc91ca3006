// The bar across the top: transport, speed, deploy, share, language, help, and the seek bar
// with its clock. Buttons are found by the shortcut they announce (aria-keyshortcuts), so the
// same locators work in English and Japanese.

import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

export type Speed = '0.25' | '0.5' | '1' | '2' | '4' | '8' | '16' | '32' | '64';

export class ControlsBar {
  readonly region: Locator;
  readonly stepBackButton: Locator;
  readonly playButton: Locator;
  readonly stepButton: Locator;
  readonly speed: Locator;
  readonly deployButton: Locator;
  /** The fault the next revision simulates (values are the stable fault names). */
  readonly faultSelect: Locator;
  readonly shareButton: Locator;
  readonly helpButton: Locator;
  readonly seekBar: Locator;
  /** The simulated time, mm:ss.t (the seek bar's visible readout). */
  readonly clock: Locator;
  readonly loading: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('banner');
    this.stepBackButton = this.region.locator('button[aria-keyshortcuts="ArrowLeft"]');
    this.playButton = this.region.locator('button[aria-keyshortcuts="Space"]');
    this.stepButton = this.region.locator('button[aria-keyshortcuts="ArrowRight"]');
    // The speed select announces its shortcuts; the bar's other select is the next revision's fault.
    this.speed = this.region.locator('select[aria-keyshortcuts="+ -"]');
    this.deployButton = this.region.locator('button[aria-keyshortcuts="D"]');
    this.faultSelect = this.region.locator('.fault-select select');
    this.shareButton = this.region.locator('button[aria-keyshortcuts="S"]');
    this.helpButton = this.region.locator('button[aria-keyshortcuts="?"]');
    this.seekBar = this.region.getByRole('slider');
    this.clock = this.region.locator('output.clock');
    this.loading = this.region.locator('.loading');
  }

  languageButton(locale: 'en' | 'ja'): Locator {
    return this.region.locator(`button[aria-keyshortcuts="L"][lang="${locale}"]`);
  }

  async clockText(): Promise<string> {
    return (await this.clock.textContent()) ?? '';
  }

  /** Simulated seconds shown by the clock (tenths). */
  async seconds(): Promise<number> {
    return parseClock(await this.clockText());
  }

  /** Presses Step and waits until the clock has moved, so the next read sees this step's result. */
  async step(): Promise<void> {
    const before = await this.seconds();
    await this.stepButton.click();
    await expect.poll(() => this.seconds()).toBeGreaterThan(before);
  }

  async setSpeed(speed: Speed): Promise<void> {
    await this.speed.selectOption(speed);
    await expect(this.speed).toHaveValue(speed);
  }

  async play(): Promise<void> {
    await this.playButton.click();
    await this.expectPlaying(true);
  }

  async pause(): Promise<void> {
    await this.playButton.click();
    await this.expectPlaying(false);
  }

  /** The play button shows the action it offers: Pause while playing, Play while paused. */
  async expectPlaying(playing: boolean): Promise<void> {
    await expect(this.playButton).toHaveAccessibleName(playing ? /Pause|一時停止/ : /Play|再生/);
  }

  async deploy(): Promise<void> {
    await this.deployButton.click();
  }

  /** Chooses the next revision's fault and deploys it. */
  async deployWithFault(fault: string): Promise<void> {
    await this.faultSelect.selectOption(fault);
    await this.deployButton.click();
  }
}

/** "01:13.5" → 73.5 */
export function parseClock(text: string): number {
  const match = /^(\d+):(\d{2})\.(\d)$/.exec(text.trim());
  if (!match) throw new Error(`not a clock reading: ${JSON.stringify(text)}`);
  return Number(match[1]) * 60 + Number(match[2]) + Number(match[3]) / 10;
}

/** 73.56 → "01:13.5": what the clock shows for a simulated time (tenths, rounded down). */
export function clockFor(seconds: number): string {
  const tenths = Math.floor(seconds * 10);
  const whole = Math.floor(tenths / 10);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(whole / 60))}:${pad(whole % 60)}.${tenths % 10}`;
}
