import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ComponentType, lazy, type ReactNode, Suspense } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { loadNamespace } from '../i18n/index.ts';
import type { Namespace } from '../i18n/resources.ts';
import { OverviewPage } from '../overview/OverviewPage.tsx';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';
import { LoadingState } from '../ui/Page.tsx';
import { Layout } from './Layout.tsx';

/** A page that loads when visited, its code and its strings side by side. */
function lazyPage(load: () => Promise<ComponentType>, ns: Namespace) {
  return lazy(() => Promise.all([load(), loadNamespace(ns)]).then(([page]) => ({ default: page })));
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
);
const LandscapePage = lazyPage(
  () => import('../landscape/LandscapePage.tsx').then((m) => m.LandscapePage),
  'landscape',
);
const AboutPage = lazyPage(() => import('../about/AboutPage.tsx').then((m) => m.AboutPage), 'about');
const BriefPage = lazyPage(() => import('../brief/BriefPage.tsx').then((m) => m.BriefPage), 'brief');
const SubmitPage = lazyPage(() => import('../pages/SubmitPage.tsx').then((m) => m.SubmitPage), 'pages');

const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: 60_000, retry: 1, refetchOnWindowFocus: false } },
});

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
      { path: '/submit', element: page(<SubmitPage />) },
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
