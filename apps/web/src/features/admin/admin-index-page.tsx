import { Navigate } from '@tanstack/react-router';
import { ADMIN_NAV_ITEMS } from '../../app/nav-items.ts';
import { NoAccessPage, PageLoader } from '../session/require-session.tsx';
import { hasAnyCapability, useSession } from '../session/use-session.ts';

/** `/admin`: the first administration page this user may open. */
export function AdminIndexPage() {
  const session = useSession();
  if (session.isPending) {
    return <PageLoader />;
  }
  const first = ADMIN_NAV_ITEMS.find((item) => hasAnyCapability(session.data?.user ?? null, item.anyOf));
  return first ? <Navigate to={first.to} replace /> : <NoAccessPage />;
}
