import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { OverviewPage } from '../overview/OverviewPage.tsx';
import { NotFoundPage } from '../pages/InfoPages.tsx';
import { LoadingState } from '../ui/states.tsx';
import { Layout } from './Layout.tsx';

// The overview is in the first bundle; other pages load when visited.
const ExplorePage = lazy(() => import('../explore/ExplorePage.tsx').then((m) => ({ default: m.ExplorePage })));
const DeploymentPage = lazy(() =>
  import('../deployment/DeploymentPage.tsx').then((m) => ({ default: m.DeploymentPage })),
);
const RecommendationsPage = lazy(() =>
  import('../recommendations/RecommendationsPage.tsx').then((m) => ({ default: m.RecommendationsPage })),
);
const LandscapePage = lazy(() => import('../landscape/LandscapePage.tsx').then((m) => ({ default: m.LandscapePage })));
const AboutPage = lazy(() => import('../about/AboutPage.tsx').then((m) => ({ default: m.AboutPage })));
const BriefPage = lazy(() => import('../brief/BriefPage.tsx').then((m) => ({ default: m.BriefPage })));
const SubmitPage = lazy(() => import('../pages/InfoPages.tsx').then((m) => ({ default: m.SubmitPage })));

const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: 60_000, retry: 1, refetchOnWindowFocus: false } },
});

const page = (element: React.ReactNode) => <Suspense fallback={<LoadingState />}>{element}</Suspense>;

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
