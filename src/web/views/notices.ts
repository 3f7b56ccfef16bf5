import { el } from './dom.js';

export type NoticeLevel = 'error' | 'warning';

/**
 * Messages about the graph file. role="alert" so screen readers announce
 * them; each can be dismissed.
 */
export function showNotice(container: HTMLElement, level: NoticeLevel, title: string, detail?: string): HTMLElement {
  const notice = el('div', { className: `notice notice-${level}`, attrs: { role: 'alert' } }, [
    el('strong', { text: title }),
    detail ? el('span', { className: 'notice-detail', text: ` ${detail}` }) : null,
    el('button', { className: 'icon-button', text: '×', attrs: { type: 'button', 'aria-label': 'Dismiss message' }, on: { click: () => notice.remove() } }),
  ]);
  container.append(notice);
  return notice;
}

export function clearNotices(container: HTMLElement): void {
  container.replaceChildren();
}
