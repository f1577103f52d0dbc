// html-validate over every built page (scripts/test.sh runs it on dist/ after
// the build). The recommended preset, plus the document rules, since every
// file is a whole page (doctype, <title>, one <h1>…).
export default {
  extends: ['html-validate:recommended', 'html-validate:document'],
  rules: {
    // A group of checkboxes sharing one name is standard HTML: the form sends
    // every ticked value (module=a&module=b). The rule's default shares names
    // only among radios and buttons; duplicates elsewhere stay errors.
    // Integrity hashes guard files from other origins; every asset here is
    // same-origin and content-hashed, and the CSP allows only 'self'.
    'require-sri': ['error', { target: 'crossorigin' }],
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
};
