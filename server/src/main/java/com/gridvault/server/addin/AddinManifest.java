package com.gridvault.server.addin;

/**
 * Renders the add-in's XML manifest (Office add-in manifest schema 1.1 with version overrides 1.0
 * for the ribbon button) for one public address. Office loads every URL in it over https.
 */
public final class AddinManifest {

    /** The add-in's fixed id: Office keys sideloaded and deployed add-ins by it, so it never changes. */
    public static final String ADDIN_ID = "b5ae88f0-53b5-4a0f-af86-d30dd111682d";

    /** The manifest version, four dot-separated numbers as Office expects. */
    public static final String VERSION = "0.1.0.0";

    private AddinManifest() {}

    /** The manifest for the appliance at {@code settings.publicUrl()}. */
    public static String render(AddinSettings settings) {
        String base = escape(settings.publicUrl("/addin"));
        String origin = escape(settings.publicOrigin());
        return TEMPLATE.replace("{{ID}}", ADDIN_ID)
                .replace("{{VERSION}}", VERSION)
                .replace("{{ORIGIN}}", origin)
                .replace("{{BASE}}", base);
    }

    /** {@code text} for an XML or HTML attribute value or element text. */
    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&apos;");
    }

    // Element order follows the schema's sequence; resource ids are at most 32 characters.
    private static final String TEMPLATE =
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1"
                       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                       xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0"
                       xmlns:ov="http://schemas.microsoft.com/office/taskpaneappversionoverrides"
                       xsi:type="TaskPaneApp">
              <Id>{{ID}}</Id>
              <Version>{{VERSION}}</Version>
              <ProviderName>Gridvault</ProviderName>
              <DefaultLocale>en-US</DefaultLocale>
              <DisplayName DefaultValue="Gridvault"/>
              <Description DefaultValue="Formula checks and an AI assistant for your models, from your own Gridvault appliance. Changes are previewed and written only as your workspace allows."/>
              <IconUrl DefaultValue="{{BASE}}/assets/icon-32.png"/>
              <HighResolutionIconUrl DefaultValue="{{BASE}}/assets/icon-64.png"/>
              <SupportUrl DefaultValue="{{BASE}}/taskpane.html"/>
              <AppDomains>
                <AppDomain>{{ORIGIN}}</AppDomain>
              </AppDomains>
              <Hosts>
                <Host Name="Workbook"/>
              </Hosts>
              <Requirements>
                <Sets DefaultMinVersion="1.1">
                  <Set Name="ExcelApi" MinVersion="1.7"/>
                </Sets>
              </Requirements>
              <DefaultSettings>
                <SourceLocation DefaultValue="{{BASE}}/taskpane.html"/>
              </DefaultSettings>
              <Permissions>ReadWriteDocument</Permissions>
              <VersionOverrides xmlns="http://schemas.microsoft.com/office/taskpaneappversionoverrides" xsi:type="VersionOverridesV1_0">
                <Hosts>
                  <Host xsi:type="Workbook">
                    <DesktopFormFactor>
                      <GetStarted>
                        <Title resid="GetStarted.Title"/>
                        <Description resid="GetStarted.Description"/>
                        <LearnMoreUrl resid="GetStarted.LearnMoreUrl"/>
                      </GetStarted>
                      <FunctionFile resid="Taskpane.Url"/>
                      <ExtensionPoint xsi:type="PrimaryCommandSurface">
                        <OfficeTab id="TabHome">
                          <Group id="Gridvault.Group">
                            <Label resid="Group.Label"/>
                            <Icon>
                              <bt:Image size="16" resid="Icon.16x16"/>
                              <bt:Image size="32" resid="Icon.32x32"/>
                              <bt:Image size="80" resid="Icon.80x80"/>
                            </Icon>
                            <Control xsi:type="Button" id="Gridvault.TaskpaneButton">
                              <Label resid="TaskpaneButton.Label"/>
                              <Supertip>
                                <Title resid="TaskpaneButton.Label"/>
                                <Description resid="TaskpaneButton.Tooltip"/>
                              </Supertip>
                              <Icon>
                                <bt:Image size="16" resid="Icon.16x16"/>
                                <bt:Image size="32" resid="Icon.32x32"/>
                                <bt:Image size="80" resid="Icon.80x80"/>
                              </Icon>
                              <Action xsi:type="ShowTaskpane">
                                <TaskpaneId>Gridvault.Taskpane</TaskpaneId>
                                <SourceLocation resid="Taskpane.Url"/>
                              </Action>
                            </Control>
                          </Group>
                        </OfficeTab>
                      </ExtensionPoint>
                    </DesktopFormFactor>
                  </Host>
                </Hosts>
                <Resources>
                  <bt:Images>
                    <bt:Image id="Icon.16x16" DefaultValue="{{BASE}}/assets/icon-16.png"/>
                    <bt:Image id="Icon.32x32" DefaultValue="{{BASE}}/assets/icon-32.png"/>
                    <bt:Image id="Icon.80x80" DefaultValue="{{BASE}}/assets/icon-80.png"/>
                  </bt:Images>
                  <bt:Urls>
                    <bt:Url id="GetStarted.LearnMoreUrl" DefaultValue="{{BASE}}/taskpane.html"/>
                    <bt:Url id="Taskpane.Url" DefaultValue="{{BASE}}/taskpane.html"/>
                  </bt:Urls>
                  <bt:ShortStrings>
                    <bt:String id="GetStarted.Title" DefaultValue="Gridvault is ready"/>
                    <bt:String id="Group.Label" DefaultValue="Gridvault"/>
                    <bt:String id="TaskpaneButton.Label" DefaultValue="Gridvault"/>
                  </bt:ShortStrings>
                  <bt:LongStrings>
                    <bt:String id="GetStarted.Description" DefaultValue="Open Gridvault from the Home tab to check formulas and ask about this workbook."/>
                    <bt:String id="TaskpaneButton.Tooltip" DefaultValue="Open the Gridvault task pane: formula checks, questions and previewed changes."/>
                  </bt:LongStrings>
                </Resources>
              </VersionOverrides>
            </OfficeApp>
            """;
}
