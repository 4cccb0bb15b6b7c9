/// The one script Haven serves (`/static/locate.js`): "Use my location" for phones. Progressive enhancement: the
/// button stays hidden unless the browser offers geolocation; the position fills the place field as "lat,lon"
/// (rounded to about 100 m) and nothing else happens: the seeker still presses Search. No position leaves the
/// browser except in that search, and the Permissions-Policy allows geolocation for this site only.
enum LocateScript {
    static let source = """
    (function () {
      var button = document.getElementById("locate");
      var field = document.getElementById("near");
      if (!button || !field || !("geolocation" in navigator)) return;
      button.parentNode.hidden = false;
      var status = document.createElement("p");
      status.className = "hint";
      status.setAttribute("role", "status");
      button.parentNode.appendChild(status);
      button.addEventListener("click", function () {
        status.textContent = "Finding your location\\u2026";
        navigator.geolocation.getCurrentPosition(function (p) {
          field.value = p.coords.latitude.toFixed(3) + "," + p.coords.longitude.toFixed(3);
          status.textContent = "Location filled in. Press Search.";
          field.focus();
        }, function () {
          status.textContent = "Your location is not available. Type a ZIP code or a city instead.";
          field.focus();
        }, { enableHighAccuracy: false, timeout: 10000, maximumAge: 600000 });
      });
    })();
    """
}
