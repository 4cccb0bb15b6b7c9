import HavenApp
