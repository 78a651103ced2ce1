/**
 * The site's one Trusted Types policy (issue 27, point 3). public/_headers requires Trusted Types
 * for every script sink and allows one policy, named "default"; a page that never uses a sink
 * needs none, and with none every string given to a sink is refused. So the policy is made only
 * by the code that needs it, before it needs it: the search code (Pagefind's worker from this
 * site) and the islands (Preact emptying the element it draws into). It lets through only those
 * two; anything else given to a sink is refused. Made once: whichever of them loads first makes it.
 */
interface TrustedTypesFactory {
  defaultPolicy: unknown;
  createPolicy(name: string, rules: { createHTML(input: string): string | null; createScriptURL(input: string): string | null }): unknown;
}

const factory = (window as unknown as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
if (factory && !factory.defaultPolicy) {
  factory.createPolicy('default', {
    createHTML: (input) => (input === '' ? input : null),
    createScriptURL: (input) => {
      const url = new URL(input, location.href);
      return url.origin === location.origin && url.pathname.startsWith('/pagefind/') ? input : null;
    },
  });
}
