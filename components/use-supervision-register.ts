import { useEffect, useState } from 'react';
import type { SupervisionNumbers, SupervisionRegister } from '@/lib/settings/supervision-numbers';

/**
 * The 督办编号 register as stored, kept current while the page is open (null until first read); the setter shows a
 * register the caller has just stored, before the storage watch reports it.
 */
export function useSupervisionRegister(numbers: SupervisionNumbers): [SupervisionRegister | null, (register: SupervisionRegister) => void] {
  const [register, setRegister] = useState<SupervisionRegister | null>(null);
  useEffect(() => {
    let alive = true;
    void numbers.read().then((r) => alive && setRegister(r));
    const stop = numbers.watch(setRegister);
    return () => {
      alive = false;
      stop();
    };
  }, [numbers]);
  return [register, setRegister];
}
