import { lazy } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { AdminHome } from './admin/AdminHome';
import { ActsCoverage } from './admin/ActsCoverage';
import { AuditLog } from './admin/AuditLog';
import { Users } from './admin/Users';
import { Library } from './design/Library';
import { DeskHome } from './desk/DeskHome';
import { Queue } from './desk/Queue';
import { Reports } from './desk/Reports';
import { AuthProvider } from './shared/auth';
import { LangProvider } from './shared/lang';
import { HomeRedirect, Layout, RequireArea } from './shared/Layout';
import { LoginPage } from './shared/LoginPage';

// The editors and the case page carry the runtime, @rjsf and @xyflow: loaded when first opened.
const DefinitionEditor = lazy(() => import('./design/DefinitionEditor').then((m) => ({ default: m.DefinitionEditor })));
const CasePage = lazy(() => import('./desk/CasePage').then((m) => ({ default: m.CasePage })));
const ImpactPreview = lazy(() => import('./admin/ImpactPreview').then((m) => ({ default: m.ImpactPreview })));

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
              </Route>
              <Route path="*" element={<Navigate to="/" replace />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </AuthProvider>
    </LangProvider>
  );
}
