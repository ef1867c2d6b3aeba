// Placeholder entry point; the build command lands with the foundation.
return 0;
