import * as THREE from 'three';

/**
 * The studio lighting of the body, fixed in the world: a warm sky over a darker ground, a warm key light from the
 * front-left and above, a cool fill from the right, a rim from behind (directions point toward the light).
 */
const SKY = { sky: '#fffaf2', ground: '#8a8078', intensity: 1.1 };
const LIGHTS: { towards: [number, number, number]; colour: string; intensity: number }[] = [
  { towards: [2, 3.5, 4], colour: '#fff4e8', intensity: 1.6 },
  { towards: [-3, 1.5, 2], colour: '#e8f0ff', intensity: 0.55 },
  { towards: [0, 2.5, -4], colour: '#ffffff', intensity: 0.7 },
];

const linear = (hex: string, k: number) => new THREE.Color(hex).multiplyScalar(k);

/**
 * The body's matte material: Lambert diffuse light on the vertex colours (skin tone and painted zones), per pixel,
 * with the renderer's tone mapping and sRGB output — what three's MeshLambertMaterial gives with these lights, in a
 * shader a fraction of its size. SwiftShader compiles every shader on the CPU before the first frame; three's own
 * lit materials took a few hundred milliseconds of it.
 */
export function createSkinMaterial(): THREE.ShaderMaterial {
  return new THREE.ShaderMaterial({
    vertexColors: true,
    uniforms: {
      uSky: { value: linear(SKY.sky, SKY.intensity) },
      uGround: { value: linear(SKY.ground, SKY.intensity) },
      uLightDir: { value: LIGHTS.map((l) => new THREE.Vector3(...l.towards).normalize()) },
      uLightColour: { value: LIGHTS.map((l) => linear(l.colour, l.intensity)) },
    },
    vertexShader: /* glsl */ `
      varying vec3 vNormal;
      varying vec3 vColour;
      void main() {
        vNormal = normalize(mat3(modelMatrix) * normal);
        vColour = color;
        gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
      }`,
    fragmentShader: /* glsl */ `
      uniform vec3 uSky;
      uniform vec3 uGround;
      uniform vec3 uLightDir[3];
      uniform vec3 uLightColour[3];
      varying vec3 vNormal;
      varying vec3 vColour;
      void main() {
        vec3 n = normalize(vNormal);
        vec3 light = mix(uGround, uSky, 0.5 * n.y + 0.5);
        for (int i = 0; i < 3; i++) light += max(dot(n, uLightDir[i]), 0.0) * uLightColour[i];
        gl_FragColor = vec4(light * vColour * 0.3183098862, 1.0); // × 1/π: the Lambert BRDF
        #include <tonemapping_fragment>
        #include <colorspace_fragment>
      }`,
  });
}
