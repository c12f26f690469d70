// GraphiQL entry bundled by build.mjs. The page (index.html) carries its settings in
// <script id="graphiql-config" type="application/json">{"endpoint": "...", "assets": "...", "defaultTabs": [{"query": "...", "variables": "..."}]}</script>.
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { Kind, parse } from 'graphql';
import { createRoot } from 'react-dom/client';
import 'graphiql/style.css';

const config = JSON.parse(document.getElementById('graphiql-config').textContent);
const assets = config.assets.endsWith('/') ? config.assets : `${config.assets}/`;

// Monaco runs its language services in web workers: serve our own bundles (no CDN, works offline).
globalThis.MonacoEnvironment = {
  getWorker(_workerId, label) {
    switch (label) {
      case 'json':
        return new Worker(`${assets}json.worker.js`);
      case 'graphql':
        return new Worker(`${assets}graphql.worker.js`);
      default:
        return new Worker(`${assets}editor.worker.js`);
    }
  },
};

const httpFetcher = createGraphiQLFetcher({
  url: new URL(config.endpoint, window.location.href).toString(),
  headers: { Accept: 'application/graphql-response+json, application/json;q=0.9' },
});

// GraphiQL runs the editor's current text but takes the operation name from the tab, which it updates 100 ms after the
// last edit (debounced): a query typed (or pasted) and run at once went out with the previous document's operation name
// ("Unknown operation named …"). Check the name against the document actually sent: when that document does not define
// it, its single operation is the one meant; with several, GraphiQL's choice stands (the server then says which is wrong).
function operationNameFor(query, chosen) {
  if (!chosen) {
    return chosen;
  }
  let document;
  try {
    document = parse(query, { noLocation: true });
  } catch {
    return chosen; // The server reports the syntax error.
  }
  const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  if (operations.some((operation) => operation.name?.value === chosen)) {
    return chosen;
  }
  return operations.length === 1 ? (operations[0].name?.value ?? undefined) : chosen;
}

const fetcher = (params, options) =>
  httpFetcher({ ...params, operationName: operationNameFor(params.query, params.operationName) }, options);

// `?query=` (and `?variables=`) preload the editors, so links can share a query (GraphiQL's usual URL convention).
const params = new URLSearchParams(window.location.search);
// The application's examples open a first visit (GraphiQL keeps the tabs a user had in localStorage); a shared
// `?query=` wins over them, and an empty list leaves GraphiQL's own welcome tab.
const tabs = config.defaultTabs ?? [];
const defaultTabs = params.has('query') || tabs.length === 0 ? undefined : tabs.map((t) => ({ query: t.query, variables: t.variables ?? undefined }));
// GraphiQL 5.4 fills the first tab's query editor from defaultTabs but not its variables editor: give it those
// variables on a first visit (no tabs saved yet), the only time defaultTabs apply.
const firstVisit = (() => {
  try {
    return window.localStorage.getItem('graphiql:tabState') === null;
  } catch {
    return true;
  }
})();
const initialVariables = params.get('variables') ?? (defaultTabs && firstVisit ? defaultTabs[0].variables : undefined);

createRoot(document.getElementById('graphiql')).render(
  <GraphiQL
    fetcher={fetcher}
    initialQuery={params.get('query') ?? undefined}
    initialVariables={initialVariables}
    defaultTabs={defaultTabs}
    defaultQuery={tabs[0]?.query}
    defaultEditorToolsVisibility
  />,
);
