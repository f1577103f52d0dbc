// Modules imported with ?inline-script (src/integrations/inline-script.mjs): the bundled code as text.
declare module '*?inline-script' {
  const code: string;
  export default code;
}
