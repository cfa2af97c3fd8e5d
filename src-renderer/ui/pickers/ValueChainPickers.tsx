/** The workspace's value chains (for a cluster) and their segments (for an organisation). */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ValueChainRecord } from '../../../src-core/model/entities';
import { useValueChains } from '../../db/record-queries';
import { CodePicker, type CodeOption, type MultiCodePickerProps } from './CodePicker';

export type ValueChainPickerProps = Omit<
  MultiCodePickerProps,
  'options' | 'multiple' | 'known' | 'showCode'
>;

export function ValueChainPicker({ hint, ...props }: ValueChainPickerProps) {
  const { t } = useTranslation();
  const chains = useValueChains();
  const options = useMemo(
    () =>
      (chains ?? []).map((chain) => ({
        code: chain.id,
        label: chain.name,
        keywords: chain.description,
      })),
    [chains],
  );
  return (
    <CodePicker
      {...props}
      multiple
      showCode={false}
      options={options}
      isLoading={chains === undefined}
      hint={hint ?? (chains?.length === 0 ? t('forms.picker.noValueChains') : undefined)}
    />
  );
}

/** "<valueChainId>/<segmentKey>", the form organisations store segments in. */
export function segmentCode(chainId: string, segmentKey: string): string {
  return `${chainId}/${segmentKey}`;
}

/** Every segment of every chain, in chain order then segment order. */
export function segmentOptions(chains: readonly ValueChainRecord[]): CodeOption[] {
  return chains.flatMap((chain) =>
    [...chain.segments]
      .sort((a, b) => a.order - b.order)
      .map((segment) => ({
        code: segmentCode(chain.id, segment.key),
        label: `${chain.name} › ${segment.name}`,
      })),
  );
}

export function SegmentPicker({ hint, ...props }: ValueChainPickerProps) {
  const { t } = useTranslation();
  const chains = useValueChains();
  const options = useMemo(() => segmentOptions(chains ?? []), [chains]);
  return (
    <CodePicker
      {...props}
      multiple
      showCode={false}
      options={options}
      isLoading={chains === undefined}
      hint={hint ?? (chains?.length === 0 ? t('forms.picker.noValueChains') : undefined)}
    />
  );
}
