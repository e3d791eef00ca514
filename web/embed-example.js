// The example page's script: calls the JS API. A file of its own, so the page runs
// under the strict CSP too (the planner's frame is embed/frame.js's work).
import init, { plan, version } from './embed/certplan.js';

const output = document.getElementById('api-output');
try {
  await init();
  const result = plan({
    shutdown: '2026-01-01',
    restart: '2026-03-01',
    clusters: [{ name: 'prod1', loadBalancer: true }, { name: 'dev2' }],
  });
  output.textContent = [
    `certplan ${version()}: powered off ${result.shutdownDays} days`,
    `MOC: ${result.layers.moc.impacted ? 'Impacted' : 'Not impacted'}`,
    `Kubernetes: ${result.layers.kubernetes.impacted ? 'Impacted' : 'Not impacted'}`,
    '',
    ...result.steps.map((step, i) => `${i + 1}. ${step.command}`),
  ].join('\n');
} catch (error) {
  output.textContent = `The planner module failed: ${error.message}`;
}
