// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applySetting, earlySettingsScript } from './reading-settings';

const root = document.documentElement;
const runEarlyScript = () => new Function(earlySettingsScript)();

afterEach(() => {
  localStorage.clear();
  delete root.dataset.theme;
  delete root.dataset.textSize;
  vi.restoreAllMocks();
});

describe('the early settings script', () => {
  it('puts the stored theme and text size on <html>', () => {
    localStorage.setItem('sejajar.theme', 'dark');
    localStorage.setItem('sejajar.textSize', 'larger');
    runEarlyScript();
    expect(root.dataset).toMatchObject({ theme: 'dark', textSize: 'larger' });
  });

  it('leaves <html> alone when nothing, the defaults, or an unknown value is stored', () => {
    localStorage.setItem('sejajar.theme', 'system');
    localStorage.setItem('sejajar.textSize', 'enormous');
    runEarlyScript();
    expect(root.dataset.theme).toBeUndefined();
    expect(root.dataset.textSize).toBeUndefined();
  });

  it('keeps the page working when storage is blocked', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(runEarlyScript).not.toThrow();
    expect(root.dataset.theme).toBeUndefined();
  });
});

describe('applySetting', () => {
  it('sets a chosen value and removes the attribute for the default', () => {
    applySetting(root, 'theme', 'light');
    expect(root.dataset.theme).toBe('light');
    applySetting(root, 'theme', 'system');
    expect(root.hasAttribute('data-theme')).toBe(false);
  });

  it('ignores a value that is not one of the steps', () => {
    applySetting(root, 'textSize', 'huge');
    expect(root.hasAttribute('data-text-size')).toBe(false);
  });
});
