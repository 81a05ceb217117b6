/** Test-only helpers of the Neutron API: the conformance suite endpoints run. */
export { ADMIN, describeNeutronConformance, memberOf, type EndpointCall, type EndpointProfile, type EndpointReply, type NeutronEndpoint, type OpenNeutronEndpoint } from './conformance';
