//! Configuration sources and their precedence: environment, files in a temporary HOME,
//! explicit builder calls. Never the real environment.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use docsdk_runtime::{
    Config, ConfigBuilder, ConfigSources, Credentials, HttpClient, OtcAkSk, OtcPassword, Provider,
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
    let e = HttpClient::for_service(config, service).unwrap_err();
    assert_eq!(
        e.to_string(),
        "invalid request: modelarts is a service of Open Telekom Cloud, but the config holds \
         Samsung Cloud Platform credentials (SCP access key); use \
         Config::from_env_for(Provider::Otc) or credentials of that cloud"
    );
}

#[test]
fn a_service_known_only_by_its_url_takes_any_credentials() {
    let config = Config::builder()
        .credentials(ScpCredentials::new("ak", "sk"))
        .build()
        .unwrap();
    let client = HttpClient::for_service(
        config,
        Service::at_url("https://modelarts.eu-de.otc.t-systems.com/"),
    )
    .expect("no cloud to check the credentials against");
    assert_eq!(
        client.base_url(),
        "https://modelarts.eu-de.otc.t-systems.com"
    );
}

#[test]
fn scp_each_variable_overrides_only_its_own_key() {
    let dir = TempDir::new("scp-key-by-key");
    scp_files(&dir);
    let cases: [(&str, &str); 4] = [
        ("SCP_TF_ACCESS_KEY", "tf-ak"),
        ("SCP_TF_SECRET_KEY", "tf-sk"),
        ("SCP_TF_DEFAULT_REGION", "kr-east1"),
        ("SCP_TF_AUTH_URL", "https://iam.g.samsungsdscloud.com/v1"),
    ];
    for (name, value) in cases {
        let c = Config::from_sources(Provider::Scp, &sources(&dir, &[(name, value)])).unwrap();
        let pick = |var: &str, file: &'static str| if var == name { value } else { file };
        assert_eq!(
            c.credentials(),
            &ScpCredentials::new(
                pick("SCP_TF_ACCESS_KEY", "file-ak"),
                pick("SCP_TF_SECRET_KEY", "file-sk")
            )
            .into(),
            "{name}"
        );
        assert_eq!(
            c.region(),
            Some(pick("SCP_TF_DEFAULT_REGION", "kr-west1")),
            "{name}"
        );
        assert_eq!(
            c.auth_url(),
            Some(pick(
                "SCP_TF_AUTH_URL",
                "https://iam.e.samsungsdscloud.com/v1"
            )),
            "{name}"
        );
    }
    // Explicit builder calls win over variables and files for the identity URL too.
    let c = ConfigBuilder::from_sources(Provider::Scp, &sources(&dir, &cases))
        .unwrap()
        .auth_url("https://iam.s.samsungsdscloud.com/v1")
        .build()
        .unwrap();
    assert_eq!(c.auth_url(), Some("https://iam.s.samsungsdscloud.com/v1"));
    // A variable holding no URL is an error naming the variable, not a later connection error.
    let e = Config::from_sources(
        Provider::Scp,
        &sources(&dir, &[("SCP_TF_AUTH_URL", "iam.e.samsungsdscloud.com")]),
    )
    .unwrap_err();
    assert!(
        e.to_string()
            .starts_with("invalid request: SCP_TF_AUTH_URL: endpoint `iam.e.samsungsdscloud.com`"),
        "{e}"
    );
    let path = dir.write("home/.scpconf/config.json", r#"{"auth-url": "not a url"}"#);
    let e = Config::from_sources(Provider::Scp, &sources(&dir, &[])).unwrap_err();
    assert!(
        e.to_string()
            .contains(&format!("{} key `auth-url`", path.display())),
        "{e}"
    );
}

#[test]
fn malformed_scp_config_json_is_an_error_not_a_panic() {
    let dir = TempDir::new("scp-bad-config");
    dir.write(
        "home/.scpconf/credentials.json",
        r#"{"access-key": "a", "secret-key": "s"}"#,
    );
    for (text, needle) in [
        ("[1, 2]", "must be a JSON object"),
        (
            "{\"default-region\": true}",
            "key `default-region` must be a string, found a boolean",
        ),
        ("{\"auth-url\": ", "is not valid JSON (line 1"),
    ] {
        let path = dir.write("home/.scpconf/config.json", text);
        let e = Config::from_sources(Provider::Scp, &sources(&dir, &[])).unwrap_err();
        assert_eq!(
            e.to_string()
                .split_once(": ")
                .map(|(_, rest)| rest.starts_with(&path.display().to_string())),
            Some(true),
            "{e}"
        );
        assert!(e.to_string().contains(needle), "{needle} missing in {e}");
    }
}

#[test]
fn otc_every_variable_sets_its_setting() {
    let dir = TempDir::new("otc-vars");
    // AK/SK with a temporary credential's security token and a project id.
    let c = Config::from_sources(
        Provider::Otc,
        &sources(
            &dir,
            &[
                ("OS_ACCESS_KEY", "env-ak"),
                ("OS_SECRET_KEY", "env-sk"),
                ("OS_SECURITY_TOKEN", "env-token"),
                ("OS_PROJECT_ID", "env-pid"),
                ("OS_REGION_NAME", "eu-nl"),
            ],
        ),
    )
    .unwrap();
    assert_eq!(
        c.credentials(),
        &OtcAkSk::new("env-ak", "env-sk")
            .with_project_id("env-pid")
            .with_security_token("env-token")
            .into()
    );
    assert_eq!(c.region(), Some("eu-nl"));
    assert_eq!(c.project_id(), Some("env-pid"));

    // Password: OS_PROJECT_NAME scopes the token; OS_USER_DOMAIN_NAME wins over OS_DOMAIN_NAME.
    let password = [
        ("OS_AUTH_URL", "https://iam.eu-de.otc.t-systems.com/v3"),
        ("OS_USERNAME", "u"),
        ("OS_PASSWORD", "p"),
        ("OS_USER_DOMAIN_NAME", "user-dom"),
        ("OS_DOMAIN_NAME", "dom"),
        ("OS_PROJECT_NAME", "eu-de_sub"),
    ];
    let c = Config::from_sources(Provider::Otc, &sources(&dir, &password)).unwrap();
    assert_eq!(
        c.credentials(),
        &OtcPassword::new(
            "https://iam.eu-de.otc.t-systems.com/v3",
            "user-dom",
            "u",
            "p"
        )
        .with_project_name("eu-de_sub")
        .into()
    );
    assert_eq!(c.project_id(), None);
    // Each missing piece of a password setup is named.
    for (drop, needle) in [
        ("OS_AUTH_URL", "needs OS_AUTH_URL"),
        ("OS_PASSWORD", "needs OS_PASSWORD"),
        ("OS_USERNAME", "needs OS_USERNAME"),
    ] {
        let rest: Vec<(&str, &str)> = password
            .iter()
            .copied()
            .filter(|(k, _)| *k != drop)
            .collect();
        let e = Config::from_sources(Provider::Otc, &sources(&dir, &rest)).unwrap_err();
        assert!(e.to_string().contains(needle), "{needle} missing in {e}");
    }
    let e =
        Config::from_sources(Provider::Otc, &sources(&dir, &[("OS_ACCESS_KEY", "a")])).unwrap_err();
    assert!(e.to_string().contains("AK/SK pair is incomplete"), "{e}");
}

const CLOUDS_PASSWORD_DOMAIN_NAME: &str = r#"
clouds:
  otc:
    auth:
      auth_url: https://iam.eu-de.otc.t-systems.com/v3
      username: alice
      password: pw-from-yaml
      project_id: yaml-pid
      domain_name: yaml-domain
    region_name: eu-de
"#;

#[test]
fn otc_clouds_yaml_password_keys_and_env_over_each() {
    let dir = TempDir::new("otc-yaml-password");
    dir.write(
        "home/.config/openstack/clouds.yaml",
        CLOUDS_PASSWORD_DOMAIN_NAME,
    );
    let c = Config::from_sources(Provider::Otc, &sources(&dir, &[("OS_CLOUD", "otc")])).unwrap();
    assert_eq!(
        c.credentials(),
        &OtcPassword::new(
            "https://iam.eu-de.otc.t-systems.com/v3",
            "yaml-domain",
            "alice",
            "pw-from-yaml"
        )
        .with_project_id("yaml-pid")
        .into()
    );
    assert_eq!(c.project_id(), Some("yaml-pid"));
    // user_domain_name wins over domain_name in the file too.
    dir.write(
        "home/.config/openstack/clouds.yaml",
        &CLOUDS_PASSWORD_DOMAIN_NAME.replace(
            "      domain_name: yaml-domain\n",
            "      domain_name: yaml-domain\n      user_domain_name: yaml-user-domain\n",
        ),
    );
    let c = Config::from_sources(Provider::Otc, &sources(&dir, &[("OS_CLOUD", "otc")])).unwrap();
    assert!(
        matches!(c.credentials(), Credentials::OtcPassword(p) if p.user_domain_name() == "yaml-user-domain")
    );

    // Every variable wins over its key; the keys not overridden stay.
    let env = [
        ("OS_CLOUD", "otc"),
        ("OS_AUTH_URL", "https://iam.eu-nl.otc.t-systems.com/v3"),
        ("OS_USERNAME", "env-user"),
        ("OS_PASSWORD", "env-pw"),
        ("OS_DOMAIN_NAME", "env-domain"),
        ("OS_PROJECT_ID", "env-pid"),
        ("OS_PROJECT_NAME", "env-project"),
        ("OS_REGION_NAME", "eu-nl"),
    ];
    let c = Config::from_sources(Provider::Otc, &sources(&dir, &env)).unwrap();
    assert_eq!(
        c.credentials(),
        &OtcPassword::new(
            "https://iam.eu-nl.otc.t-systems.com/v3",
            "env-domain",
            "env-user",
            "env-pw"
        )
        .with_project_name("env-project")
        .with_project_id("env-pid")
        .into()
    );
    assert_eq!(c.region(), Some("eu-nl"));
    let c = Config::from_sources(Provider::Otc, &sources(&dir, &env[..2])).unwrap();
    assert!(matches!(c.credentials(), Credentials::OtcPassword(p)
            if p.auth_url() == "https://iam.eu-nl.otc.t-systems.com/v3" && p.username() == "alice"));
    assert_eq!(c.region(), Some("eu-de"));

    // Explicit builder calls win over both.
    let c = ConfigBuilder::from_sources(Provider::Otc, &sources(&dir, &env))
        .unwrap()
        .credentials(OtcAkSk::new("explicit-ak", "explicit-sk"))
        .project_id("explicit-pid")
        .region("eu-ch2")
        .build()
        .unwrap();
    assert_eq!(
        c.credentials(),
        &OtcAkSk::new("explicit-ak", "explicit-sk").into()
    );
    assert_eq!(c.project_id(), Some("explicit-pid"));
    assert_eq!(c.region(), Some("eu-ch2"));
}

#[test]
fn otc_entry_without_credentials_is_listed_among_the_sources_tried() {
    let dir = TempDir::new("otc-empty-entry");
    let path = dir.write(
        "cwd/clouds.yaml",
        "clouds:\n  otc:\n    region_name: eu-de\n",
    );
    let e =
        Config::from_sources(Provider::Otc, &sources(&dir, &[("OS_CLOUD", "otc")])).unwrap_err();
    let text = e.to_string();
    for needle in [
        "no Open Telekom Cloud credentials found".to_owned(),
        format!("{} (clouds.otc)", path.display()),
        "OS_ACCESS_KEY/OS_SECRET_KEY (not set)".to_owned(),
        "OS_USERNAME/OS_PASSWORD (not set)".to_owned(),
    ] {
        assert!(text.contains(&needle), "{needle} missing in {text}");
    }
}

#[test]
fn malformed_clouds_yaml_shapes_name_file_and_key() {
    let dir = TempDir::new("otc-bad-shapes");
    for (text, key) in [
        ("clouds: [a, b]\n", "key `clouds` must be a mapping"),
        (
            "clouds:\n  otc: [a]\n",
            "key `clouds.otc` must be a mapping",
        ),
        (
            "clouds:\n  otc:\n    auth: text\n",
            "key `clouds.otc.auth` must be a mapping",
        ),
        (
            "clouds:\n  otc:\n    region_name: {a: 1}\n    auth:\n      ak: a\n      sk: s\n",
            "key `clouds.otc.region_name` must be a string",
        ),
        (
            "clouds:\n  otc:\n    auth:\n      sk: [s]\n",
            "key `clouds.otc.auth.sk` must be a string",
        ),
    ] {
        let path = dir.write("cwd/clouds.yaml", text);
        let e = Config::from_sources(Provider::Otc, &sources(&dir, &[("OS_CLOUD", "otc")]))
            .unwrap_err();
        assert_eq!(
            e.to_string(),
            format!("invalid request: {}: {key}", path.display()),
            "{text}"
        );
    }
}

/// The settings a user of the vendor's tools has, read from files, drive a real call: SCP
/// files name the identity service (a local catalogue that checks the signature) and the region.
#[tokio::test]
async fn scp_files_alone_drive_discovery_and_a_signed_call() {
    use crate::common::{SCP_AK, SCP_SK, received, verify_scp};
    use wiremock::matchers::{method, path};
    use wiremock::{Mock, MockServer, ResponseTemplate};

    let server = MockServer::start().await;
    let uri = server.uri();
    Mock::given(method("GET"))
        .and(path("/v1/endpoints"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!([
            {"region": "kr-west1", "service_type": "eventstreams", "service_name": "Event Streams",
             "url": format!("{uri}/es")},
        ])))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/es/v1/clusters"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({"contents": []})))
        .mount(&server)
        .await;
    let dir = TempDir::new("scp-files-call");
    dir.write(
        "home/.scpconf/config.json",
        &format!(r#"{{"auth-url": "{uri}/v1", "default-region": "kr-west1"}}"#),
    );
    dir.write(
        "home/.scpconf/credentials.json",
        &format!(r#"{{"access-key": "{SCP_AK}", "secret-key": "{SCP_SK}"}}"#),
    );
    let config = Config::from_sources(Provider::Scp, &sources(&dir, &[])).unwrap();
    let service = Service::new(
        Provider::Scp,
        "eventstreams",
        "https://eventstreams.kr-west1.e.samsungsdscloud.com",
    );
    let client = HttpClient::for_service(config, service).unwrap();
    let _: serde_json::Value = client
        .send_json(docsdk_runtime::Request::new(
            docsdk_runtime::Method::Get,
            "/v1/clusters",
            "list_clusters",
        ))
        .await
        .unwrap();
    let requests = received(&server).await;
    assert_eq!(requests.len(), 2);
    for r in &requests {
        verify_scp(r, SCP_AK, SCP_SK, "");
    }
}

/// OTC temporary AK/SK from `OS_*`: the security token is sent and signed, the project id sent.
#[tokio::test]
async fn otc_security_token_from_the_environment_is_sent_and_signed() {
    use crate::common::{OTC_AK, OTC_SK, header, received, verify_otc};
    use wiremock::matchers::method;
    use wiremock::{Mock, MockServer, ResponseTemplate};

    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({})))
        .mount(&server)
        .await;
    let dir = TempDir::new("otc-sts");
    let config = ConfigBuilder::from_sources(
        Provider::Otc,
        &sources(
            &dir,
            &[
                ("OS_ACCESS_KEY", OTC_AK),
                ("OS_SECRET_KEY", OTC_SK),
                ("OS_SECURITY_TOKEN", "sts-token"),
                ("OS_PROJECT_ID", "pid-1"),
            ],
        ),
    )
    .unwrap()
    .endpoint_url(server.uri())
    .build()
    .unwrap();
    let client = HttpClient::for_service(
        config,
        Service::new(Provider::Otc, "modelarts", "https://unused.example.com"),
    )
    .unwrap();
    let _: serde_json::Value = client
        .send_json(docsdk_runtime::Request::new(
            docsdk_runtime::Method::Get,
            "/v2/pid-1/jobs",
            "list_jobs",
        ))
        .await
        .unwrap();
    let r = &received(&server).await[0];
    verify_otc(r, OTC_AK, OTC_SK);
    assert_eq!(header(r, "x-security-token"), "sts-token");
    assert_eq!(header(r, "x-project-id"), "pid-1");
    let auth = header(r, "authorization");
    assert!(
        auth.contains("x-project-id;x-sdk-date;x-security-token"),
        "{auth}"
    );
}
