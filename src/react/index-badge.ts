import { createComponent } from '@lit/react';
import * as React from 'react';
import type {
  IndexBadgeErrorDetail,
  IndexBadgeUpdateDetail,
} from '../components/index-badge/events.ts';
import { SctmmIndexBadge } from '../components/index-badge/define.ts';
import type { SctmmEvent } from './event.ts';

/**
 * `<sctmm-index-badge>` for React: `snapshot` is set as a property;
 * `onSctmmUpdate` and `onSctmmError` receive the badge's events.
 */
export const IndexBadge = createComponent({
  react: React,
  tagName: 'sctmm-index-badge',
  elementClass: SctmmIndexBadge,
  displayName: 'IndexBadge',
  events: {
    onSctmmUpdate: 'sctmm-update' as SctmmEvent<IndexBadgeUpdateDetail>,
    onSctmmError: 'sctmm-error' as SctmmEvent<IndexBadgeErrorDetail>,
  },
});

/** The props of `IndexBadge`. */
export type IndexBadgeProps = React.ComponentProps<typeof IndexBadge>;
