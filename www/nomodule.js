// Browsers without JavaScript modules (which the app needs) get the static fallback at once.
document.documentElement.className += ' sg-failed';
