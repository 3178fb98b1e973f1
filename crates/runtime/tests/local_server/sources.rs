//! Configuration sources and their precedence: environment, files in a temporary HOME,
//! explicit builder calls. Never the real environment.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use docsdk_runtime::{
    Client, Config, ConfigBuilder, ConfigSources, Credentials, OtcAkSk, OtcPassword, Provider,
    ScpCredentials, Service,
};

/// A fresh temporary directory, removed when dropped.
pub struct TempDir(PathBuf);

impl TempDir {
    pub fn new(name: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!(
            "docsdk-runtime-{name}-{}-{:?}",
            std::process::id(),
            std::thread::current().id()
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }

    pub fn write(&self, rel: &str, text: &str) -> PathBuf {
        let path = self.0.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
        path
    }

    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn vars(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> + Send + Sync + 'static {
    let map: HashMap<String, String> = pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    move |name| map.get(name).cloned()
}

fn sources(dir: &TempDir, pairs: &[(&str, &str)]) -> ConfigSources {
    ConfigSources::new(vars(pairs))
        .home(dir.path().join("home"))
        .cwd(dir.path().join("cwd"))
        .system_dir(dir.path().join("etc"))
}

fn scp_files(dir: &TempDir) {
    dir.write(
        "home/.scpconf/config.json",
        r#"{"auth-url": "https://iam.e.samsungsdscloud.com/v1", "default-region": "kr-west1"}"#,
    );
    dir.write(
        "home/.scpconf/credentials.json",
        r#"{"access-key": "file-ak", "secret-key": "file-sk"}"#,
    );
}

#[test]
fn scp_files_then_tf_variables_then_builder() {
    let dir = TempDir::new("scp-precedence");
    scp_files(&dir);
    let c = Config::from_sources(Provider::Scp, &sources(&dir, &[])).unwrap();
    assert_eq!(
        c.credentials(),
        &ScpCredentials::new("file-ak", "file-sk").into()
    );
    assert_eq!(c.region(), Some("kr-west1"));
    assert_eq!(c.auth_url(), Some("https://iam.e.samsungsdscloud.com/v1"));

    // SCP_TF_* override the files; docsdk's aliases come after SCP_TF_*.
    let env = [
        ("SCP_TF_ACCESS_KEY", "tf-ak"),
        ("SCP_TF_SECRET_KEY", "tf-sk"),
        ("SCP_ACCESS_KEY", "alias-ak"),
        ("SCP_SECRET_KEY", "alias-sk"),
        ("SCP_TF_DEFAULT_REGION", "kr-east1"),
        ("SCP_TF_AUTH_URL", "https://iam.s.samsungsdscloud.com/v1"),
        ("SCP_ACCOUNT_ID", "acct"),
    ];
    let c = Config::from_sources(Provider::Scp, &sources(&dir, &env)).unwrap();
    assert_eq!(
        c.credentials(),
        &ScpCredentials::new("tf-ak", "tf-sk")
            .with_account_id("acct")
            .into()
    );
    assert_eq!(c.region(), Some("kr-east1"));
    assert_eq!(c.auth_url(), Some("https://iam.s.samsungsdscloud.com/v1"));

    let c = Config::from_sources(Provider::Scp, &sources(&dir, &env[2..4])).unwrap();
    assert_eq!(
        c.credentials(),
        &ScpCredentials::new("alias-ak", "alias-sk").into()
    );

    // Explicit builder calls win over everything read.
    let c = ConfigBuilder::from_sources(Provider::Scp, &sources(&dir, &env))
        .unwrap()
        .credentials(ScpCredentials::new("explicit-ak", "explicit-sk"))
        .region("kr-south1")
        .build()
        .unwrap();
    assert_eq!(
        c.credentials(),
        &ScpCredentials::new("explicit-ak", "explicit-sk").into()
    );
    assert_eq!(c.region(), Some("kr-south1"));
}

#[test]
fn scp_ignores_otc_sources_and_lists_what_it_tried() {
    let dir = TempDir::new("scp-none");
    let env = [
        ("OS_ACCESS_KEY", "a"),
        ("OS_SECRET_KEY", "s"),
        ("OTC_AUTH_TOKEN", "t"),
    ];
    let e = Config::from_sources(Provider::Scp, &sources(&dir, &env)).unwrap_err();
    let text = e.to_string();
    for needle in [
        "no Samsung Cloud Platform credentials found",
        "SCP_TF_ACCESS_KEY/SCP_TF_SECRET_KEY (not set)",
        "SCP_ACCESS_KEY/SCP_SECRET_KEY (docsdk aliases, not set)",
        ".scpconf/credentials.json (not found)",
    ] {
        assert!(text.contains(needle), "{needle} missing in {text}");
    }
    let e = Config::from_sources(Provider::Scp, &sources(&dir, &[("SCP_TF_ACCESS_KEY", "a")]))
        .unwrap_err();
    assert!(
        e.to_string()
            .contains("SCP_TF_ACCESS_KEY is set but no secret key"),
        "{e}"
    );
}

#[test]
fn malformed_scp_files_name_file_and_key() {
    let dir = TempDir::new("scp-bad");
    let path = dir.write(
        "home/.scpconf/credentials.json",
        r#"{"access-key": 5, "secret-key": "s"}"#,
    );
    let e = Config::from_sources(Provider::Scp, &sources(&dir, &[])).unwrap_err();
    assert_eq!(
        e.to_string(),
        format!(
            "invalid request: {}: key `access-key` must be a string, found a number",
            path.display()
        )
    );
    let path = dir.write(
        "home/.scpconf/credentials.json",
        "{\"access-key\": \"a\",\n oops}",
    );
    let e = Config::from_sources(Provider::Scp, &sources(&dir, &[])).unwrap_err();
    let text = e.to_string();
    assert!(
        text.contains(&path.display().to_string()) && text.contains("line 2"),
        "{text}"
    );
    dir.write(
        "home/.scpconf/credentials.json",
        r#"{"access-key": "a", "secret-key": "s"}"#,
    );
    let path = dir.write("home/.scpconf/config.json", r#"{"auth-url": ["x"]}"#);
    let e = Config::from_sources(Provider::Scp, &sources(&dir, &[])).unwrap_err();
    assert!(
        e.to_string().contains(&format!(
            "{}: key `auth-url` must be a string",
            path.display()
        )),
        "{e}"
    );
}

const CLOUDS: &str = r#"
clouds:
  otc:
    auth:
      auth_url: https://iam.eu-de.otc.t-systems.com/v3
      username: alice
      password: pw-from-yaml
      project_name: eu-de_project
      user_domain_name: OTC-EU-DE-000000000010000
    region_name: eu-de
  keys:
    auth:
      ak: yaml-ak
      sk: yaml-sk
      project_id: 0123456789abcdef
    region_name: eu-nl
"#;

#[test]
fn otc_clouds_yaml_search_order_and_env_override() {
    let dir = TempDir::new("otc-yaml");
    dir.write("etc/openstack/clouds.yaml", CLOUDS);
    let s = sources(&dir, &[("OS_CLOUD", "otc")]);
    let c = Config::from_sources(Provider::Otc, &s).unwrap();
    let expected = OtcPassword::new(
        "https://iam.eu-de.otc.t-systems.com/v3",
        "OTC-EU-DE-000000000010000",
        "alice",
        "pw-from-yaml",
    )
    .with_project_name("eu-de_project");
    assert_eq!(c.credentials(), &expected.clone().into());
    assert_eq!(c.region(), Some("eu-de"));

    // ~/.config/openstack wins over /etc; ./clouds.yaml over both.
    dir.write(
        "home/.config/openstack/clouds.yaml",
        &CLOUDS.replace("alice", "bob"),
    );
    let c = Config::from_sources(Provider::Otc, &s).unwrap();
    assert!(matches!(c.credentials(), Credentials::OtcPassword(p) if p.username() == "bob"));
    dir.write("cwd/clouds.yaml", &CLOUDS.replace("alice", "carol"));
    let c = Config::from_sources(Provider::Otc, &s).unwrap();
    assert!(matches!(c.credentials(), Credentials::OtcPassword(p) if p.username() == "carol"));

    // OS_* variables win over the entry, key by key.
    let s = sources(
        &dir,
        &[
            ("OS_CLOUD", "keys"),
            ("OS_REGION_NAME", "eu-ch2"),
            ("OS_SECRET_KEY", "env-sk"),
        ],
    );
    let c = Config::from_sources(Provider::Otc, &s).unwrap();
    assert_eq!(
        c.credentials(),
        &OtcAkSk::new("yaml-ak", "env-sk")
            .with_project_id("0123456789abcdef")
            .into()
    );
    assert_eq!(c.region(), Some("eu-ch2"));
    assert_eq!(c.project_id(), Some("0123456789abcdef"));
}

#[test]
fn otc_environment_only() {
    let dir = TempDir::new("otc-env");
    let env = [
        ("OS_AUTH_URL", "https://iam.eu-de.otc.t-systems.com/v3"),
        ("OS_USERNAME", "u"),
        ("OS_PASSWORD", "p"),
        ("OS_DOMAIN_NAME", "dom"),
        ("OS_PROJECT_ID", "pid"),
        ("SCP_TF_ACCESS_KEY", "scp-ak"),
        ("SCP_TF_SECRET_KEY", "scp-sk"),
    ];
    let c = Config::from_sources(Provider::Otc, &sources(&dir, &env)).unwrap();
    assert_eq!(
        c.credentials(),
        &OtcPassword::new("https://iam.eu-de.otc.t-systems.com/v3", "dom", "u", "p")
            .with_project_id("pid")
            .into()
    );
    assert_eq!(c.project_id(), Some("pid"));
    // AK/SK wins over a password; docsdk aliases are read after OS_*.
    let c = Config::from_sources(
        Provider::Otc,
        &sources(
            &dir,
            &[
                ("OTC_ACCESS_KEY", "a"),
                ("OTC_SECRET_KEY", "s"),
                ("OS_USERNAME", "u"),
            ],
        ),
    )
    .unwrap();
    assert_eq!(c.credentials(), &OtcAkSk::new("a", "s").into());

    // SCP variables alone are not OTC credentials.
    let e = Config::from_sources(Provider::Otc, &sources(&dir, &env[5..])).unwrap_err();
    let text = e.to_string();
    for needle in [
        "no Open Telekom Cloud credentials found",
        "OS_CLOUD (not set",
        "OS_ACCESS_KEY/OS_SECRET_KEY (not set)",
        "OS_USERNAME/OS_PASSWORD (not set)",
        "OTC_AUTH_TOKEN",
    ] {
        assert!(text.contains(needle), "{needle} missing in {text}");
    }
    let e = Config::from_sources(Provider::Otc, &sources(&dir, &env[..3])).unwrap_err();
    assert!(
        e.to_string()
            .contains("OS_USER_DOMAIN_NAME or OS_DOMAIN_NAME"),
        "{e}"
    );
}

#[test]
fn malformed_clouds_yaml_names_file_and_key() {
    let dir = TempDir::new("otc-bad");
    let path = dir.write("cwd/clouds.yaml", "clouds:\n  otc:\n    auth: [1, 2\n");
    let e =
        Config::from_sources(Provider::Otc, &sources(&dir, &[("OS_CLOUD", "otc")])).unwrap_err();
    assert!(
        e.to_string()
            .contains(&format!("{}: is not valid YAML", path.display())),
        "{e}"
    );
    let path = dir.write(
        "cwd/clouds.yaml",
        "clouds:\n  otc:\n    auth:\n      username: [a]\n",
    );
    let e =
        Config::from_sources(Provider::Otc, &sources(&dir, &[("OS_CLOUD", "otc")])).unwrap_err();
    assert_eq!(
        e.to_string(),
        format!(
            "invalid request: {}: key `clouds.otc.auth.username` must be a string",
            path.display()
        )
    );
    let e =
        Config::from_sources(Provider::Otc, &sources(&dir, &[("OS_CLOUD", "other")])).unwrap_err();
    let text = e.to_string();
    assert!(
        text.contains("OS_CLOUD=other, but no clouds.yaml has that entry")
            && text.contains("(no entry `other`)")
            && text.contains(".config/openstack/clouds.yaml (not found)"),
        "{text}"
    );
}

#[test]
fn wrong_kind_of_credentials_fails_at_client_creation() {
    let config = Config::builder()
        .credentials(ScpCredentials::new("ak", "sk"))
        .build()
        .unwrap();
    let service = Service::new(
        Provider::Otc,
        "modelarts",
        "https://modelarts.eu-de.otc.t-systems.com",
    );
    let e = Client::for_service(config, service).unwrap_err();
    assert_eq!(
        e.to_string(),
        "invalid request: modelarts is a service of Open Telekom Cloud, but the config holds \
         Samsung Cloud Platform credentials (SCP access key); use \
         Config::from_env_for(Provider::Otc) or credentials of that cloud"
    );
}
