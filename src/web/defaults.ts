/**
 * The web server's defaults, apart from the server itself: `parallax serve --help` shows them
 * without loading the server, the renderers and the compare stage.
 */
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 8080;
export const DEFAULT_MAX_UPLOAD = 10 * 1024 * 1024;
/** Default time budget of one analysis (seconds): `--analysis-timeout`. */
export const DEFAULT_ANALYSIS_SECONDS = 30;
