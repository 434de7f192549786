import { lazy, type ComponentType } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { AuthProvider } from './shared/auth';
import { LangProvider } from './shared/lang';
import { HomeRedirect, Layout, RequireArea } from './shared/Layout';
import { LoginPage } from './shared/LoginPage';

/**
 * Every screen is its own chunk, loaded when first opened: the login page loads React, the router and
 * the catalogs only; the Desk does not carry the editors (@xyflow, the rules engine), nor the editors
 * the Desk's reports.
 */
function screen<K extends string, P extends object>(load: () => Promise<Record<K, ComponentType<P>>>, name: K) {
  return lazy(() => load().then((m) => ({ default: m[name] })));
}

const Library = screen(() => import('./design/Library'), 'Library');
const DefinitionEditor = screen(() => import('./design/DefinitionEditor'), 'DefinitionEditor');
const DeskHome = screen(() => import('./desk/DeskHome'), 'DeskHome');
const Queue = screen(() => import('./desk/Queue'), 'Queue');
const Reports = screen(() => import('./desk/Reports'), 'Reports');
const CasePage = screen(() => import('./desk/CasePage'), 'CasePage');
const AdminHome = screen(() => import('./admin/AdminHome'), 'AdminHome');
const AuditLog = screen(() => import('./admin/AuditLog'), 'AuditLog');
const Users = screen(() => import('./admin/Users'), 'Users');
const ActsCoverage = screen(() => import('./admin/ActsCoverage'), 'ActsCoverage');
const ImpactPreview = screen(() => import('./admin/ImpactPreview'), 'ImpactPreview');
const Notifications = screen(() => import('./admin/Notifications'), 'Notifications');

export function App() {
  return (
    <LangProvider>
      <AuthProvider>
        <BrowserRouter>
          <Routes>
            <Route path="/login" element={<LoginPage />} />
            <Route element={<Layout />}>
              <Route index element={<HomeRedirect />} />
              <Route path="design" element={<RequireArea area="design" />}>
                <Route index element={<Library />} />
                <Route path=":kind/:id" element={<DefinitionEditor />} />
              </Route>
              <Route path="desk" element={<RequireArea area="desk" />}>
                <Route index element={<DeskHome />} />
                <Route path="queue" element={<Queue />} />
                <Route path="reports" element={<Reports />} />
                <Route path="cases/:id" element={<CasePage />} />
              </Route>
              <Route path="admin" element={<RequireArea area="admin" />}>
                <Route index element={<AdminHome />} />
                <Route
                  path="definitions"
                  element={<Library basePath="/admin/definitions" kinds={['ruleset', 'calendar']} />}
                />
                <Route
                  path="definitions/:kind/:id"
                  element={
                    <DefinitionEditor
                      backTo="/admin/definitions"
                      extra={(definition) =>
                        definition.kind === 'calendar' ? <ImpactPreview definition={definition} /> : null
                      }
                    />
                  }
                />
                <Route path="users" element={<Users />} />
                <Route path="audit" element={<AuditLog />} />
                <Route path="acts" element={<ActsCoverage />} />
                <Route path="notifications" element={<Notifications />} />
              </Route>
              <Route path="*" element={<Navigate to="/" replace />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </AuthProvider>
    </LangProvider>
  );
}
