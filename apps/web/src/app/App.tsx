import { QueryClientProvider } from '@tanstack/react-query';
import { type ComponentType, lazy, type ReactNode, Suspense } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { queryClient } from '../api/query-client.ts';
import { loadNamespace } from '../i18n/index.ts';
import type { Namespace } from '../i18n/resources.ts';
import { OverviewPage } from '../overview/OverviewPage.tsx';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';
import { LoadingState } from '../ui/Page.tsx';
import { Layout } from './Layout.tsx';

/** A page that loads when visited, its code and its strings side by side. */
function lazyPage(load: () => Promise<ComponentType>, ...namespaces: Namespace[]) {
  return lazy(() =>
    Promise.all([load(), ...namespaces.map(loadNamespace)]).then(([page]) => ({ default: page as ComponentType })),
  );
}

// The overview is in the first bundle; other pages load when visited.
const ExplorePage = lazyPage(() => import('../explore/ExplorePage.tsx').then((m) => m.ExplorePage), 'explore');
const DeploymentPage = lazyPage(
  () => import('../deployment/DeploymentPage.tsx').then((m) => m.DeploymentPage),
  'record',
);
const RecommendationsPage = lazyPage(
  () => import('../recommendations/RecommendationsPage.tsx').then((m) => m.RecommendationsPage),
  'recommendations',
  'readiness',
);
const LandscapePage = lazyPage(
  () => import('../landscape/LandscapePage.tsx').then((m) => m.LandscapePage),
  'landscape',
  'readiness',
);
const ComparePage = lazyPage(() => import('../compare/ComparePage.tsx').then((m) => m.ComparePage), 'compare');
const AboutPage = lazyPage(() => import('../about/AboutPage.tsx').then((m) => m.AboutPage), 'about', 'readiness');
const BriefPage = lazyPage(() => import('../brief/BriefPage.tsx').then((m) => m.BriefPage), 'brief');
const HistoryPage = lazyPage(
  () => import('../changes/HistoryPage.tsx').then((m) => m.HistoryPage),
  'record',
  'changes',
);
const LoginPage = lazyPage(() => import('../auth/LoginPage.tsx').then((m) => m.LoginPage), 'account');
const SubmitPage = lazyPage(
  () => import('../submit/SubmitPage.tsx').then((m) => m.SubmitPage),
  'submit',
  'review',
  'account',
);
const SubmissionsPage = lazyPage(
  () => import('../submissions/SubmissionsPage.tsx').then((m) => m.SubmissionsPage),
  'review',
  'account',
);
const ReviewPage = lazyPage(() => import('../review/ReviewPage.tsx').then((m) => m.ReviewPage), 'review', 'account');
const ReviewDetailPage = lazyPage(
  () => import('../review/ReviewDetailPage.tsx').then((m) => m.ReviewDetailPage),
  'review',
  'changes',
  'account',
);
const ReadinessPage = lazyPage(
  () => import('../readiness/ReadinessPage.tsx').then((m) => m.ReadinessPage),
  'readiness',
  'account',
);
const PlanPage = lazyPage(() => import('../readiness/PlanPage.tsx').then((m) => m.PlanPage), 'readiness', 'account');
const AuditPage = lazyPage(() => import('../admin/AuditPage.tsx').then((m) => m.AuditPage), 'admin', 'account');

const page = (element: ReactNode) => <Suspense fallback={<LoadingState />}>{element}</Suspense>;

const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: '/', element: <OverviewPage /> },
      { path: '/explore', element: page(<ExplorePage />) },
      { path: '/deployments/:id', element: page(<DeploymentPage />) },
      { path: '/recommendations', element: page(<RecommendationsPage />) },
      { path: '/landscape', element: page(<LandscapePage />) },
      { path: '/compare', element: page(<ComparePage />) },
      { path: '/deployments/:id/history', element: page(<HistoryPage />) },
      { path: '/login', element: page(<LoginPage />) },
      { path: '/submit', element: page(<SubmitPage />) },
      { path: '/submissions', element: page(<SubmissionsPage />) },
      { path: '/review', element: page(<ReviewPage />) },
      { path: '/review/:id', element: page(<ReviewDetailPage />) },
      { path: '/admin/audit', element: page(<AuditPage />) },
      { path: '/readiness', element: page(<ReadinessPage />) },
      { path: '/readiness/plan', element: page(<PlanPage />) },
      { path: '/about', element: page(<AboutPage />) },
      { path: '/brief', element: page(<BriefPage />) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
