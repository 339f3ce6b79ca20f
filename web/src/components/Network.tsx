import { networkLabel, networkMark } from '../format';

/** The network as an icon-like mark with its name for screen readers and on hover. */
export function NetworkBadge({ network, showLabel = false }: { network: string; showLabel?: boolean }) {
  return (
    <span className={`network network-${network}`} title={networkLabel(network)}>
      <span aria-hidden="true" className="network-mark">{networkMark(network)}</span>
      {showLabel ? <span className="network-label">{networkLabel(network)}</span> : <span className="visually-hidden">{networkLabel(network)}</span>}
    </span>
  );
}
