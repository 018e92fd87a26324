import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { AboutPage } from '../about/AboutPage.tsx';
import { BriefPage } from '../brief/BriefPage.tsx';
import { DeploymentPage } from '../deployment/DeploymentPage.tsx';
import { ExplorePage } from '../explore/ExplorePage.tsx';
import { LandscapePage } from '../landscape/LandscapePage.tsx';
import { OverviewPage } from '../overview/OverviewPage.tsx';
import { NotFoundPage, SubmitPage } from '../pages/InfoPages.tsx';
import { RecommendationsPage } from '../recommendations/RecommendationsPage.tsx';
import { Layout } from './Layout.tsx';

const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: 60_000, retry: 1, refetchOnWindowFocus: false } },
});

const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: '/', element: <OverviewPage /> },
      { path: '/explore', element: <ExplorePage /> },
      { path: '/deployments/:id', element: <DeploymentPage /> },
      { path: '/recommendations', element: <RecommendationsPage /> },
      { path: '/landscape', element: <LandscapePage /> },
      { path: '/submit', element: <SubmitPage /> },
      { path: '/about', element: <AboutPage /> },
      { path: '/brief', element: <BriefPage /> },
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
