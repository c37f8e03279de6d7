import { Button } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './victim-info.module.css';
import { FALLBACK_QUICK_EXIT_URL, useQuickExitUrl } from './victim-info-api.ts';

/**
 * Leaves the site at once for a neutral one. `location.replace` swaps the current history entry,
 * so Back does not return here (the victim section itself keeps no other entries: it navigates
 * with replace). What the browser stored before cannot be erased; the page says so.
 */
export function quickExit(url: string): void {
  document.title = '…';
  document.body.style.visibility = 'hidden';
  window.location.replace(url);
}

/** Escape pressed three times within two seconds: the keyboard's quick exit. */
function useTripleEscape(onTriple: () => void): void {
  const presses = useRef<number[]>([]);
  const callback = useRef(onTriple);
  useEffect(() => {
    callback.current = onTriple;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') {
        return;
      }
      const now = Date.now();
      presses.current = [...presses.current.filter((t) => now - t < 2000), now];
      if (presses.current.length >= 3) {
        presses.current = [];
        callback.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

export function QuickExitButton() {
  const { t } = useTranslation();
  const url = useQuickExitUrl();
  const target = url.data ?? FALLBACK_QUICK_EXIT_URL;
  useTripleEscape(() => quickExit(target));
  return (
    <div className={classes.quickExit}>
      <Button
        color="red.9"
        size="md"
        radius="xl"
        onClick={() => quickExit(target)}
        data-testid="quick-exit"
        data-ready={url.data ? 'true' : 'false'}
        title={t('victimInfo.quickExitHint')}
        aria-describedby="quick-exit-hint"
      >
        {t('victimInfo.quickExit')} ✕
      </Button>
      <span id="quick-exit-hint" className={classes.visuallyHidden}>
        {t('victimInfo.quickExitHint')}
      </span>
    </div>
  );
}
